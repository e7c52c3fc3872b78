import {
  CONTRACT_VERSION,
  bandSdq,
  buildQuestionnaireResponse,
  scoreSdq,
  sdqObservations,
  sdqScoringAnswers,
  type BandTable,
  type ContractSchemas,
  type Questionnaire,
  type SdqInformant,
  type SdqQuestion,
  type SdqResult,
  type Validated,
} from '@lettilbud/contract';
import { keptAnswers, unanswered } from './form.js';

export interface ResultInput {
  questionnaire: Questionnaire;
  /** Every SDQ question of the questionnaire. */
  questions: readonly SdqQuestion[];
  /** The questions the respondent was shown (impact questions depend on item 26). */
  visible: readonly SdqQuestion[];
  answers: ReadonlyMap<number, number>;
  informant: SdqInformant;
  followUp: boolean;
  authored: string;
  /** The FHIR reference of the child (KL Gateway requires it). */
  subject: string;
  bandTables?: { three: BandTable; four: BandTable } | null;
}

/**
 * The result the form sends (built in its own chunk, loaded when the form is sent), validated
 * against the contract's SdqResult: the FHIR QuestionnaireResponse as KL Gateway's profile
 * has it (subject, FindingInformer, no author), one Observation per computed
 * score, the plain scores and bands, and the unanswered items. Only answers to questions
 * the respondent could see are kept (impact answers given before "no difficulties" go).
 */
export function buildSdqResult(
  input: ResultInput,
  { validate, SdqResult }: Pick<ContractSchemas, 'validate' | 'SdqResult'>,
): Validated<SdqResult> {
  const { informant, authored } = input;
  const answers = keptAnswers(input.visible, input.answers);
  const scores = scoreSdq(sdqScoringAnswers(input.visible, answers), informant);
  const bands = bandSdq(scores, informant, input.bandTables ?? undefined);
  const meta = { informant, authored, subject: input.subject };
  return validate(SdqResult, {
    contractVersion: CONTRACT_VERSION,
    informant,
    followUp: input.followUp,
    authored,
    scores,
    bands,
    missingItems: unanswered(input.visible, answers)
      .map((q) => q.item)
      .filter((n) => n <= 25),
    questionnaireResponse: buildQuestionnaireResponse(
      input.questionnaire,
      input.questions,
      answers,
      meta,
    ),
    observations: sdqObservations(scores, bands, meta),
  });
}
