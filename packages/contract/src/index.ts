/**
 * @lettilbud/contract: the documented event and data contract every Lettilbud widget and
 * host shares: the zod schemas of every document and event detail, the event registry, the
 * vocabularies, SDQ scoring and its FHIR forms, the journey functions (referral → case → KL
 * report) and the checks the browser runs. Pure data and logic, no Lit and no DOM: it runs
 * in Node. The widgets' UI foundations are in `@lettilbud/foundations`.
 */
export { CONTRACT_VERSION } from './version.js';

export * from './schemas/common.js';
export * from './schemas/validate.js';
export * from './schemas/offer-directory.js';
export * from './schemas/referral.js';
export * from './schemas/sdq.js';
// Named, not `export *`: esbuild's one-file bundle of a module that is also reached through
// `import()` and re-exported with `export *` hands out its constants before they are set
// ("SDQ_SCALES is not iterable").
export {
  SDQ_INFORMANTS,
  type SdqInformant,
  SDQ_RECORDED_INFORMANTS,
  type SdqRecordedInformant,
  KL_SDQ_QUESTIONNAIRES,
  SDQ_SNOMED,
  SDQ_SCALES,
  type SdqScale,
  SDQ_SCORE_ORDER,
  SDQ_SCALE_ITEMS,
  SDQ_REVERSED,
  SDQ_KL_LINK_IDS,
  SDQ_IMPACT,
  SDQ_IMPACT_ITEMS,
  SDQ_FOLLOW_UP,
  sdqOptionCount,
  SDQ_IMPACT_ROLES,
  sdqRoleNumber,
  sdqItemNumber,
} from './sdq/structure.js';
export {
  emptySdqScores,
  type SdqAnswers,
  sdqAnswer,
  itemScore,
  scaleScore,
  impactItemScore,
  impactScore,
  scoreSdq,
  missingScores,
} from './sdq/scoring.js';
export {
  type BandedMeasure,
  type BandCut,
  type BandTable,
  THREE_BANDS,
  FOUR_BANDS,
  THREE_BAND_LABELS,
  FOUR_BAND_LABELS,
  FOUR_BAND_LABELS_PROSOCIAL,
  bandIndex,
  type SdqBand,
  type SdqBands,
  bandSdq,
} from './sdq/bands.js';
export {
  FHIR_ITEM_WEIGHT,
  FHIR_ORDINAL_VALUE,
  type Coding,
  type AnswerValue,
  type AnswerOption,
  type QuestionnaireItem,
  type Questionnaire,
  type ResponseItem,
  type QuestionnaireResponse,
  type SdqQuestion,
  flattenItems,
  sameAnswer,
  optionWeight,
  answerValue,
  optionLabel,
  sdqQuestions,
  sdqScoringAnswers,
} from './sdq/fhir.js';
export {
  SDQ_SCORE_SYSTEM,
  SDQ_BAND_SYSTEM,
  responseInformant,
  buildQuestionnaireResponse,
  sdqObservations,
  scoresFromObservations,
} from './sdq/fhir-response.js';
export {
  KL_FINDING_INFORMER,
  KL_CARE_SOCIAL_CODES,
  SDQ_INFORMANT_EXTENSION,
  KL_INFORMER,
  findingInformer,
  sdqVersion,
  sdqInformantOf,
} from './sdq/informant.js';
export { readSdqResponse } from './sdq/read-response.js';
export * from './schemas/journal-case.js';

export * from './events/event.js';
export * from './events/ask-detail.js';
export * from './events/common.events.js';
export * from './events/offer-finder.events.js';
export * from './events/referral.events.js';
export * from './events/sdq.events.js';
export * from './events/journal.events.js';
export * from './events/offer-overview.events.js';
export * from './events/keys.js';

export * from './vocab/ltt.js';
export * from './vocab/concerns.js';
export * from './vocab/municipalities.js';

export * from './validation/lazy.js';
export * from './validation/guards.js';
export * from './validation/contract-schemas.js';
export type { Checker } from './validation/program.js';
export type { EventChecks } from './validation/program.js';
export { EVENTS } from './events/registry.js';
export { DOCUMENTS } from './schemas/documents.js';
export { RULES, type RuleName } from './schemas/rules.js';
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
