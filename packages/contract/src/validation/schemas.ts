/**
 * Everything that needs zod, as one module a widget loads on demand (through
 * `contractSchemas`): every document schema, every event spec, and the validation helpers.
 * A widget's first render never waits for it; it is fetched when the user first interacts,
 * when a host hands over a document, or when a draft is restored.
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
