import type { SdqInformant } from './structure.js';
import type { SdqAnswers } from './scoring.js';
import type { SdqScores } from '../schemas/sdq.js';
import type { SdqBands } from './bands.js';
import type { Coding, Questionnaire, QuestionnaireResponse, SdqQuestion } from './fhir.js';

/**
 * What `<lt-sdq-form>` writes in FHIR R4 and how it is read back: the QuestionnaireResponse
 * in the questionnaire's own answer form, one Observation per score. Apart from reading a
 * questionnaire (`fhir.ts`), so a form's first render does not carry the writing.
 */
export const SDQ_INFORMANT_EXTENSION =
  'https://lettilbud.dk/fhir/StructureDefinition/sdq-informant';
export const SDQ_SCORE_SYSTEM = 'https://lettilbud.dk/fhir/CodeSystem/sdq-score';
export const SDQ_BAND_SYSTEM = 'https://lettilbud.dk/fhir/CodeSystem/sdq-band';
const SNOMED = 'http://snomed.info/sct';

/** The informant recorded on a response by `<lt-sdq-form>`, if any. */
export function responseInformant(response: QuestionnaireResponse): SdqInformant | undefined {
  const code = response.extension?.find((e) => e.url === SDQ_INFORMANT_EXTENSION)?.valueCode;
  return code === 'parent' || code === 'teacher' || code === 'self' ? code : undefined;
}

/** Builds the response in the questionnaire's own answer form (valueString or valueCoding). */
export function buildQuestionnaireResponse(
  questionnaire: Questionnaire,
  questions: readonly SdqQuestion[],
  answers: SdqAnswers,
  meta: { informant: SdqInformant; authored: string; subject?: string; author?: string },
): QuestionnaireResponse {
  return {
    resourceType: 'QuestionnaireResponse',
    ...(questionnaire.url
      ? {
          questionnaire: questionnaire.version
            ? `${questionnaire.url}|${questionnaire.version}`
            : questionnaire.url,
        }
      : {}),
    status: 'completed',
    authored: meta.authored,
    extension: [{ url: SDQ_INFORMANT_EXTENSION, valueCode: meta.informant }],
    ...(meta.subject ? { subject: { reference: meta.subject } } : {}),
    ...(meta.author ? { author: { reference: meta.author } } : {}),
    item: questions
      .filter((q) => answers.has(q.item))
      .map((q) => ({ linkId: q.linkId, answer: [{ ...q.options[answers.get(q.item)!] }] })),
  };
}

/** One Observation per computed score, with its bands as interpretations. */
export function sdqObservations(
  scores: SdqScores,
  bands: SdqBands,
  meta: { informant: SdqInformant; authored: string; subject?: string },
): Record<string, unknown>[] {
  const snomed = meta.informant === 'self' ? '717639006' : '718133008';
  return (Object.keys(scores) as (keyof SdqScores)[])
    .filter((k) => scores[k] !== null)
    .map((k) => {
      const band = bands[k as keyof SdqBands];
      return {
        resourceType: 'Observation',
        status: 'final',
        category: [
          {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/observation-category',
                code: 'survey',
              },
            ],
          },
        ],
        code: {
          coding: [
            { system: SDQ_SCORE_SYSTEM, code: k },
            ...(k === 'totalDifficulties' ? [{ system: SNOMED, code: snomed }] : []),
          ],
        },
        effectiveDateTime: meta.authored,
        ...(meta.subject ? { subject: { reference: meta.subject } } : {}),
        valueInteger: scores[k],
        ...(band
          ? {
              interpretation: [
                {
                  coding: [
                    { system: `${SDQ_BAND_SYSTEM}-3`, code: band.three },
                    { system: `${SDQ_BAND_SYSTEM}-4`, code: band.four },
                  ],
                },
              ],
            }
          : {}),
        extension: [{ url: SDQ_INFORMANT_EXTENSION, valueCode: meta.informant }],
      };
    });
}

/** Scores read back from `<lt-sdq-form>`'s Observations (for readers without the questionnaire). */
export function scoresFromObservations(
  observations: readonly Record<string, unknown>[],
): Partial<SdqScores> {
  const scores: Partial<SdqScores> = {};
  for (const o of observations) {
    const coding = (o.code as { coding?: Coding[] } | undefined)?.coding?.find(
      (c) => c.system === SDQ_SCORE_SYSTEM,
    );
    if (coding?.code && typeof o.valueInteger === 'number')
      scores[coding.code as keyof SdqScores] = o.valueInteger;
  }
  return scores;
}
