import { expect } from '@open-wc/testing';
import {
  FHIR_ITEM_WEIGHT,
  FHIR_ORDINAL_VALUE,
  SDQ_KL_LINK_IDS,
  SDQ_REVERSED,
  SDQ_SCALE_ITEMS,
  buildQuestionnaireResponse,
  readSdqResponse,
  scoreSdq,
  sdqQuestions,
  sdqScoringAnswers,
  type AnswerOption,
  type Questionnaire,
} from '../../src/index.js';

/** Placeholder labels "Option 0..2" in the SDQ's order (not true, somewhat, certainly). */
const label = (p: number) => ({ valueString: `Option ${p}` });
const weight = (url: string, w: number) => ({ extension: [{ url, valueDecimal: w }] });

/**
 * A KL-shaped questionnaire. `options(item)` gives each item's options; by default the SDQ's
 * order with no weights.
 */
function questionnaire(options: (item: number) => AnswerOption[] | undefined = () => undefined) {
  return {
    resourceType: 'Questionnaire',
    url: 'https://example.org/sdq-weighted',
    item: SDQ_KL_LINK_IDS.map((linkId, i) => ({
      linkId,
      type: 'choice',
      text: `Placeholder ${i + 1}`,
      answerOption: options(i + 1) ?? Array.from({ length: i < 25 ? 3 : 4 }, (_, p) => label(p)),
    })),
  } satisfies Questionnaire;
}

/** The SDQ's own scoring as weights: 0, 1, 2; reversed items 2, 1, 0; impact 0, 0, 1, 2. */
const sdqWeights = (url: string) => (item: number) =>
  item <= 25
    ? [0, 1, 2].map((p) => ({ ...label(p), ...weight(url, SDQ_REVERSED.has(item) ? 2 - p : p) }))
    : item <= 33
      ? [0, 0, 1, 2].map((w, p) => ({ ...label(p), ...weight(url, w) }))
      : undefined;

describe('SDQ: answers scored by their meaning', () => {
  for (const url of [FHIR_ITEM_WEIGHT, FHIR_ORDINAL_VALUE]) {
    it(`honours ${url.split('/').pop()}: every item scores its chosen option's weight`, () => {
      const q = questionnaire(sdqWeights(url));
      const { questions, issues } = sdqQuestions(q);
      expect(issues).to.deep.equal([]);
      const positions = new Map<number, number>();
      for (let item = 1; item <= 25; item++) positions.set(item, (item * 7) % 3);
      const scores = scoreSdq(sdqScoringAnswers(questions, positions), 'parent');
      for (const [scale, items] of Object.entries(SDQ_SCALE_ITEMS)) {
        const fromWeights = items.reduce((sum, item) => {
          const option: AnswerOption = q.item[item - 1]!.answerOption[positions.get(item)!]!;
          return sum + option.extension![0]!.valueDecimal!;
        }, 0);
        expect(scores[scale as keyof typeof scores], scale).to.equal(fromWeights);
      }
    });
  }

  it('a reversed statement listed the other way round, with weights saying so, scores right', () => {
    // Item 7 lists "certainly true" first; its weights (0, 1, 2) say that option scores 0.
    const q = questionnaire((item) =>
      item === 7
        ? [2, 1, 0].map((p, i) => ({ ...label(p), ...weight(FHIR_ITEM_WEIGHT, i) }))
        : undefined,
    );
    const { questions, issues } = sdqQuestions(q);
    expect(issues).to.deep.equal([]);
    // "certainly true" (listed first) on the reversed item 7 scores 0; "not true" scores 2.
    const conduct = (position: number) =>
      scoreSdq(
        sdqScoringAnswers(
          questions,
          new Map([
            [5, 0],
            [7, position],
            [12, 0],
            [18, 0],
            [22, 0],
          ]),
        ),
        'parent',
      ).conduct;
    expect(conduct(0)).to.equal(0);
    expect(conduct(2)).to.equal(2);
    // And the response reads back to the same meaning, with the option's value only.
    const response = buildQuestionnaireResponse(q, questions, new Map([[7, 0]]), {
      informant: 'parent',
      authored: '2026-11-23',
      subject: 'Patient/1',
    });
    expect(response.item![0]!.answer).to.deep.equal([{ valueString: 'Option 2' }]);
    expect(readSdqResponse(q, response).answers.get(7)).to.equal(2);
  });

  it('refuses reversed statements turned round in the questionnaire (no weights)', () => {
    const q = questionnaire((item) => (SDQ_REVERSED.has(item) ? [2, 1, 0].map(label) : undefined));
    const { issues } = sdqQuestions(q);
    expect(issues).to.have.length(5);
    for (const item of SDQ_REVERSED) {
      const issue = issues.find((i) => i.startsWith(`Item ${item} `));
      expect(issue, `item ${item}`).to.contain('a reversed statement').and.contain('same order');
    }
  });

  it('refuses weights that score a reversed statement as if it were not reversed', () => {
    const q = questionnaire((item) =>
      item <= 25
        ? [0, 1, 2].map((p) => ({ ...label(p), ...weight(FHIR_ITEM_WEIGHT, p) }))
        : undefined,
    );
    const { issues } = sdqQuestions(q);
    expect(issues.map((i) => i.split(' ')[1])).to.deep.equal(['7', '11', '14', '21', '25']);
  });

  it('refuses weights the SDQ does not have: not 0/1/2, only on some options, falling impact weights', () => {
    const q = questionnaire((item) => {
      if (item === 3)
        return [1, 2, 3].map((w, p) => ({ ...label(p), ...weight(FHIR_ITEM_WEIGHT, w) }));
      if (item === 4) return [label(0), { ...label(1), ...weight(FHIR_ITEM_WEIGHT, 1) }, label(2)];
      if (item === 28)
        return [3, 2, 1, 0].map((w, p) => ({ ...label(p), ...weight(FHIR_ITEM_WEIGHT, w) }));
      return undefined;
    });
    const issues = sdqQuestions(q).issues.join('\n');
    expect(issues)
      .to.contain('Item 3 ("3headache"): its weights are 1, 2, 3')
      .and.contain('Item 4 ("4sharing"): only some')
      .and.contain('Item 28 ("28difficultiesUnhappy"): its weights (3, 2, 1, 0) fall');
  });
});
