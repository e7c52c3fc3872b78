/**
 * What a widget loads on demand (through `contractSchemas`) to check host documents and its
 * own events: the programs compiled at build time from the zod schemas
 * (`generated/checks.ts`, by `scripts/compile-checks.mjs`) and their interpreter
 * (`program.ts`). No zod: the zod schemas stay the source, exported from the package for
 * hosts and Node (`schemas.ts`); `test/checks-corpus.test.ts` proves both accept, output and
 * report the same.
 */
import type * as z from 'zod/mini';
import type * as Zod from './schemas.js';
import { checker, type Checker } from './program.js';
import * as P from './generated/checks.js';
export { formatIssues, issuesOf, validate } from '../schemas/validate.js';
export type { Checker } from './program.js';

type Of<K extends keyof typeof Zod> = Checker<z.output<(typeof Zod)[K]>>;

export const JournalCase: Of<'JournalCase'> = checker(P.JournalCase);
export const OfferDirectory: Of<'OfferDirectory'> = checker(P.OfferDirectory);
export const Offer: Of<'Offer'> = checker(P.Offer);
export const Course: Of<'Course'> = checker(P.Course);
export const PhoneLine: Of<'PhoneLine'> = checker(P.PhoneLine);
export const OfferPrefill: Of<'OfferPrefill'> = checker(P.OfferPrefill);
export const CrisisContactList: Of<'CrisisContactList'> = checker(P.CrisisContactList);
export const Referral: Of<'Referral'> = checker(P.Referral);
export const ReferralReceipt: Of<'ReferralReceipt'> = checker(P.ReferralReceipt);
export const CallbackPhone: Of<'CallbackPhone'> = checker(P.CallbackPhone);
export const SdqResult: Of<'SdqResult'> = checker(P.SdqResult);
export const SdqReceipt: Of<'SdqReceipt'> = checker(P.SdqReceipt);
/** Any JSON: for an answer the widget checks itself after adapting it (a FHIR bundle). */
export const AnyJson: Checker<unknown> = checker(P.AnyJson);
/** Any JSON array: many cases or Bundles, each checked on its own afterwards. */
export const AnyJsonArray: Checker<unknown[]> = checker(P.AnyJsonArray);

const events = new Map<string, Checker<unknown>>();

/** The detail checker of a contract event, by its name. */
export function eventSchema(name: string): Checker<unknown> | undefined {
  const program = Object.hasOwn(P.EVENT_DETAILS, name) ? P.EVENT_DETAILS[name] : undefined;
  if (program && !events.has(name)) events.set(name, checker(program));
  return events.get(name);
}
