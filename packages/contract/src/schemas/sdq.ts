import * as z from 'zod/mini';
import { ContractVersion, IsoDateTime, RequiredText } from './common.js';
import { SDQ_INFORMANTS } from '../sdq/structure.js';

/**
 * The SDQ result `<lt-sdq-form>` emits: a FHIR R4 QuestionnaireResponse in the host
 * questionnaire's own form, the score Observations, and the plain scores.
 */

const Score = (what: string) =>
  z
    .nullable(z.number().check(z.int(), z.gte(0), z.lte(40)))
    .check(z.describe(`${what}; null when it cannot be computed.`));

export const SdqScores = z.object({
  emotional: Score('Emotional symptoms, 0-10'),
  conduct: Score('Conduct problems, 0-10'),
  hyperactivity: Score('Hyperactivity/inattention, 0-10'),
  peer: Score('Peer relationship problems, 0-10'),
  prosocial: Score('Prosocial behaviour (a strength: high is good), 0-10'),
  totalDifficulties: Score('Total difficulties: the four problem scales, 0-40'),
  externalising: Score('Conduct + hyperactivity, 0-20'),
  internalising: Score('Emotional + peer, 0-20'),
  impact: Score('Impact supplement: parent/self 0-10, teacher 0-6; 0 when no difficulties'),
});

export const FhirResource = z.looseObject({
  resourceType: z.string().check(z.describe('FHIR R4 resource type, e.g. Observation.')),
});

export const SdqResult = z.object({
  contractVersion: ContractVersion,
  informant: z
    .enum(SDQ_INFORMANTS)
    .check(z.describe('Who answered: parent, teacher or self (the young person, 11-17).')),
  followUp: z
    .boolean()
    .check(z.describe('Follow-up version (after a course) rather than the baseline.')),
  authored: IsoDateTime.check(z.describe('When the answers were sent.')),
  scores: SdqScores.check(z.describe('Plain scores; null where too many items are missing.')),
  bands: z.optional(
    z
      .record(z.string(), z.object({ three: z.string(), four: z.string() }))
      .check(
        z.describe(
          'Three- and four-band labels per scored measure (UK norms unless the host set a table).',
        ),
      ),
  ),
  missingItems: z.optional(
    z.array(z.number().check(z.int())).check(z.describe('SDQ item numbers left unanswered.')),
  ),
  questionnaireResponse: z
    .looseObject({ resourceType: z.literal('QuestionnaireResponse') })
    .check(
      z.describe(
        "FHIR R4 QuestionnaireResponse: the answers with the questionnaire's linkIds, in its own answer form (valueString or valueCoding).",
      ),
    ),
  observations: z
    .array(FhirResource)
    .check(z.describe('FHIR R4 Observations: one per computed score, bands as interpretation.')),
});

export const SdqReceipt = z.object({
  reference: RequiredText(80),
  receivedAt: z.optional(IsoDateTime),
});

export type SdqScores = z.infer<typeof SdqScores>;
export type SdqResult = z.infer<typeof SdqResult>;
export type SdqReceipt = z.infer<typeof SdqReceipt>;
