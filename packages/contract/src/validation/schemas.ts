/**
 * The zod side of what the widgets check, under the names `checks.ts` gives the compiled
 * side: every document schema, every event spec, and the validation helpers. The browser
 * loads `checks.ts` instead (through `contractSchemas`); `scripts/compile-checks.mjs` compiles
 * from this module, and `test/checks-corpus.test.ts` compares the two name by name.
 */
export * from '../schemas/common.js';
export * from '../schemas/offer-directory.js';
export * from '../schemas/referral.js';
export * from '../schemas/sdq.js';
export * from '../schemas/journal-case.js';
export { EVENTS } from '../events/registry.js';
export { formatIssues, issuesOf, validate } from '../schemas/validate.js';
import * as z from 'zod/mini';
import { EVENTS } from '../events/registry.js';

const byName = new Map(EVENTS.map((spec) => [spec.name, spec.detail]));

/** The detail schema of a contract event, by its name. */
export function eventSchema(name: string): z.ZodMiniType | undefined {
  return byName.get(name as `lt-${string}`);
}

/** Any JSON: for an answer the widget checks itself after adapting it (a FHIR bundle). */
export const AnyJson = z.unknown();

/** A list the widget checks item by item (the overview's cases or Bundles): only the array is checked here. */
export const AnyJsonArray = z.array(z.unknown());
