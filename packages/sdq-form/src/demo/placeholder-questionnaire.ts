import { SDQ_KL_LINK_IDS, type Questionnaire } from '@lettilbud/contract';

/**
 * A questionnaire with the SDQ's STRUCTURE and neutral PLACEHOLDER wording, for the demo and
 * the tests. It is not the SDQ: the real wording is copyright (Youthinmind; in Denmark,
 * Komiteen for Sundhedsoplysning) and comes from the municipality's licensed Questionnaire,
 * e.g. KL Gateway's klgateway-children-sdq4-10, passed in unchanged.
 */
export const PLACEHOLDER_NOTICE =
  'PLACEHOLDER wording: not the SDQ. Load your licensed questionnaire.';

const three = ['Svar 1 (pladsholder)', 'Svar 2 (pladsholder)', 'Svar 3 (pladsholder)'];
const four = [
  'Svar 1 (pladsholder)',
  'Svar 2 (pladsholder)',
  'Svar 3 (pladsholder)',
  'Svar 4 (pladsholder)',
];
const five = [
  'Svar 1 (pladsholder)',
  'Svar 2 (pladsholder)',
  'Svar 3 (pladsholder)',
  'Svar 4 (pladsholder)',
  'Svar 5 (pladsholder)',
];

export function placeholderQuestionnaire(options: { followUp?: boolean } = {}): Questionnaire {
  const items = SDQ_KL_LINK_IDS.map((linkId, i) => ({
    linkId,
    type: 'choice',
    text: `Udsagn ${i + 1} (pladsholder, ikke SDQ's ordlyd)`,
    answerOption: (i < 25 ? three : four).map((valueString) => ({ valueString })),
  }));
  if (options.followUp) {
    items.splice(
      25,
      0,
      {
        linkId: 'fu1Progress',
        type: 'choice',
        text: 'Opfølgning 1 (pladsholder)',
        answerOption: five.map((valueString) => ({ valueString })),
      },
      {
        linkId: 'fu2Helped',
        type: 'choice',
        text: 'Opfølgning 2 (pladsholder)',
        answerOption: four.map((valueString) => ({ valueString })),
      },
    );
  }
  return {
    resourceType: 'Questionnaire',
    id: 'lettilbud-sdq-placeholder',
    url: 'https://lettilbud.dk/fhir/Questionnaire/sdq-placeholder',
    version: '1',
    title: PLACEHOLDER_NOTICE,
    item: items,
  };
}
