import * as z from 'zod/mini';
import { ContractVersion, IsoDateTime, RequiredText } from './common.js';
import { SDQ_INFORMANTS } from '../sdq/structure.js';

/**
 * The SDQ result `<lt-sdq-form>` emits: a FHIR R4 QuestionnaireResponse in the host
 * questionnaire's own form, the score Observations, and the plain scores.
 */

const Score = z.nullable(z.number().check(z.gte(0), z.lte(40)));

export const SdqScores = z.object({
  emotional: Score,
  conduct: Score,
  hyperactivity: Score,
  peer: Score,
  prosocial: Score,
  totalDifficulties: Score,
  externalising: Score,
  internalising: Score,
  impact: Score,
});

export const FhirResource = z.looseObject({ resourceType: z.string() });

export const SdqResult = z.object({
  contractVersion: ContractVersion,
  informant: z.enum(SDQ_INFORMANTS),
  followUp: z.boolean(),
  authored: IsoDateTime,
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
  questionnaireResponse: z.looseObject({ resourceType: z.literal('QuestionnaireResponse') }),
  observations: z.array(FhirResource),
});

export const SdqReceipt = z.object({
  reference: RequiredText(80),
  receivedAt: z.optional(IsoDateTime),
});

export type SdqScores = z.infer<typeof SdqScores>;
export type SdqResult = z.infer<typeof SdqResult>;
export type SdqReceipt = z.infer<typeof SdqReceipt>;
