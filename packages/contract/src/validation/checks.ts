/**
 * Every compiled checker, built statically: the programs compiled at build time from the zod
 * schemas (`generated/*.ts`, by `scripts/compile-checks.mjs`) run by their interpreter
 * (`program.ts`). No zod: the zod schemas stay the source, exported from the package for
 * hosts and Node (`schemas.ts`); `test/checks-corpus.test.ts` proves both accept, output and
 * report the same. Widgets load the same checkers on demand through `contract-schemas.ts`,
 * built by the same `build()` of each generated group.
 */
import * as program from './program.js';
import * as directory from './generated/directory.js';
import * as journal from './generated/journal.js';
import * as others from './generated/checks.js';
import type { ContractSchemas } from './contract-schemas.js';
export type { Checker } from './program.js';

/** The two groups a widget can load alone (the finder's, the journal panel's). */
export const groups = { directory: directory.build(program), journal: journal.build(program) };

const all: ContractSchemas = { ...groups.directory, ...groups.journal, ...others.build(program) };

export const {
  formatIssues,
  issuesOf,
  validate,
  JournalCase,
  OfferDirectory,
  Offer,
  Course,
  PhoneLine,
  OfferPrefill,
  CrisisContactList,
  Referral,
  ReferralReceipt,
  CallbackPhone,
  SdqResult,
  SdqReceipt,
  AnyJson,
  AnyJsonArray,
  eventSchema,
} = all;
