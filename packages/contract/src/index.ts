/**
 * @lettilbud/contract: the documented event and data contract every Lettilbud widget and
 * host shares, and the small foundations the widgets reuse (ask/answer, drafts, i18n,
 * tokens, accessibility helpers, the base element).
 */
export { CONTRACT_VERSION } from './version.js';

export * from './schemas/common.js';
export * from './schemas/validate.js';
export * from './schemas/offer-directory.js';
export * from './schemas/referral.js';
export * from './schemas/sdq.js';
export * from './sdq/index.js';
export * from './schemas/journal-case.js';

export * from './events/event.js';
export * from './events/common.events.js';
export * from './events/offer-finder.events.js';
export * from './events/referral.events.js';
export * from './events/sdq.events.js';
export * from './events/journal.events.js';
export * from './events/offer-overview.events.js';
export * from './events/keys.js';

export * from './ask/ask-error.js';
export * from './ask/ask.js';
export * from './ask/submission.js';
export * from './ask/load-json.js';
export * from './draft/draft-store.js';
export * from './draft/open-draft-store.js';
export * from './i18n/locale.js';

export * from './vocab/ltt.js';
export * from './vocab/concerns.js';
export * from './vocab/municipalities.js';

export * from './ui/tokens.js';
export * from './ui/field-styles.js';
export * from './ui/a11y.js';
export * from './ui/crisis.js';
export * from './ui/problems.js';
export * from './element/lt-element.js';
export * from './validation/lazy.js';
export * from './validation/guards.js';
export * from './validation/contract-schemas.js';
export type { EventChecks } from './validation/program.js';
export { EVENTS } from './events/registry.js';
export { DOCUMENTS } from './schemas/documents.js';
export { RULES, type RuleName } from './schemas/rules.js';
export * from './element/lifecycles.js';
export * from './logic/order.js';
export * from './logic/time.js';
export { openStatus, type OpenStatus } from './logic/opening-hours.js';
export {
  TARGET_MIN_AGE,
  TARGET_MAX_AGE,
  CONSENT_AGE,
  ageFit,
  consentGiver,
  consentRecord,
  type AgeFit,
  type Consenter,
  type ConsentStatus,
  type WriterRole,
} from './logic/age-rules.js';
export * from './journey/index.js';
