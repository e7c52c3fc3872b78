import { expect } from '@open-wc/testing';
import {
  SDQ_KL_LINK_IDS,
  bandSdq,
  buildQuestionnaireResponse,
  readSdqResponse,
  responseInformant,
  scoreSdq,
  scoresFromObservations,
  sdqObservations,
  sdqQuestions,
  type Questionnaire,
} from '../../src/index.js';

/** A questionnaire shaped like KL Gateway's (linkIds, valueString options); placeholder wording. */
function klLike(form: 'string' | 'coding'): Questionnaire {
  return {
    resourceType: 'Questionnaire',
    url: 'http://fhir.kl.dk/children/Questionnaire/klgateway-children-sdq4-10',
    item: SDQ_KL_LINK_IDS.map((linkId, i) => ({
      linkId,
      type: 'choice',
      text: `Placeholder statement ${i + 1}`,
      answerOption: Array.from({ length: i < 25 ? 3 : 4 }, (_, p) =>
        form === 'string'
          ? { valueString: `Option ${p}` }
          : { valueCoding: { system: 'urn:test', code: `o${p}`, display: `Option ${p}` } },
      ),
    })),
  };
}

describe('SDQ in FHIR', () => {
  it('finds the 33 questions of a KL-shaped questionnaire', () => {
    const { questions, issues } = sdqQuestions(klLike('string'));
    expect(issues).to.deep.equal([]);
    expect(questions.map((q) => q.item)).to.deep.equal(Array.from({ length: 33 }, (_, i) => i + 1));
  });

  it('names missing, unrecognised and malformed items', () => {
    const q = klLike('string');
    q.item = q.item!.filter((i) => !i.linkId.startsWith('7') && !i.linkId.startsWith('12'));
    q.item.push({ linkId: 'favouriteColour', type: 'string' });
    q.item.push({
      linkId: '7followInstructions',
      type: 'choice',
      answerOption: [{ valueString: 'a' }],
    });
    const { issues } = sdqQuestions(q);
    expect(issues.join('\n'))
      .to.contain('favouriteColour')
      .and.contain('Item 7')
      .and.contain('Missing SDQ items: 7, 12');
    expect(sdqQuestions({ resourceType: 'Patient' }).issues).to.deep.equal([
      'Not a FHIR Questionnaire with items',
    ]);
  });

  for (const form of ['string', 'coding'] as const) {
    it(`round-trips a response answered as value${form === 'string' ? 'String' : 'Coding'}: same answers, same scores`, () => {
      const questionnaire = klLike(form);
      const { questions } = sdqQuestions(questionnaire);
      const answers = new Map<number, number>();
      for (let item = 1; item <= 25; item++) answers.set(item, item % 3);
      answers.set(26, 2).set(28, 3).set(29, 1).set(30, 2).set(31, 0).set(32, 3);
      const response = buildQuestionnaireResponse(questionnaire, questions, answers, {
        informant: 'parent',
        authored: '2026-11-23T10:00:00+01:00',
        subject: 'Patient/123',
      });
      expect(response.questionnaire).to.equal(questionnaire.url);
      expect(response.item![0]!.answer![0]).to.deep.equal(questions[0]!.options[1]);
      expect(responseInformant(response)).to.equal('parent');
      const back = readSdqResponse(questionnaire, JSON.parse(JSON.stringify(response)));
      expect(back.issues).to.deep.equal([]);
      expect([...back.answers]).to.deep.equal([...answers]);
      expect(scoreSdq(back.answers, 'parent')).to.deep.equal(scoreSdq(answers, 'parent'));
    });
  }

  it('reports answers that are not among the options or to unknown items', () => {
    const questionnaire = klLike('string');
    const { issues } = readSdqResponse(questionnaire, {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      item: [
        { linkId: '1friendly', answer: [{ valueString: 'Maybe' }] },
        { linkId: 'nope', answer: [{ valueString: 'Option 1' }] },
      ],
    });
    expect(issues).to.deep.equal([
      "Item 1: the answer is not one of the questionnaire's options",
      'Answer to unknown item "nope"',
    ]);
  });

  it('makes an Observation per computed score with its bands, readable back', () => {
    const answers = new Map(Array.from({ length: 25 }, (_, i) => [i + 1, 1] as [number, number]));
    const scores = scoreSdq(answers, 'teacher');
    const observations = sdqObservations(scores, bandSdq(scores, 'teacher'), {
      informant: 'teacher',
      authored: '2026-11-23T10:00:00Z',
    });
    expect(observations.length).to.equal(8); // impact is missing
    expect(scoresFromObservations(observations)).to.deep.include({
      totalDifficulties: scores.totalDifficulties,
      prosocial: 5,
    });
    const total = observations.find((o) => JSON.stringify(o.code).includes('totalDifficulties'))!;
    expect(JSON.stringify(total.code)).to.contain('718133008');
  });
});

describe('SDQ in FHIR: reading what others wrote', () => {
  it('lists unanswered items 1-25 apart from the issues, and flags an item answered twice', () => {
    const questionnaire = klLike('string');
    const item = Array.from({ length: 25 }, (_, i) => ({
      linkId: SDQ_KL_LINK_IDS[i]!,
      answer: [{ valueString: 'Option 0' }],
    })).filter((_, i) => i !== 6 && i !== 11);
    item.push({ linkId: '1friendly', answer: [{ valueString: 'Option 2' }] });
    const read = readSdqResponse(questionnaire, {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      item,
    });
    expect(read.unanswered).to.deep.equal([7, 12]);
    expect(read.issues).to.deep.equal(['Item 1 ("1friendly") is answered twice']);
    expect(read.answers.get(1)).to.equal(0);
  });

  it('reads KL-style linkIds and plain numbers alike, and answers nested in groups', () => {
    const questionnaire = klLike('coding');
    questionnaire.item = [{ linkId: 'g', type: 'group', item: questionnaire.item! }];
    questionnaire.item[0]!.item![6]!.linkId = '7';
    const read = readSdqResponse(questionnaire, {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      item: [
        {
          linkId: 'g',
          item: [
            { linkId: '7', answer: [{ valueCoding: { system: 'urn:test', code: 'o0' } }] },
            { linkId: '11friend', answer: [{ valueCoding: { system: 'urn:other', code: 'o0' } }] },
          ],
        },
      ],
    });
    expect(read.answers.get(7)).to.equal(0);
    expect(read.answers.has(11)).to.equal(false);
    expect(read.issues).to.deep.equal([
      "Item 11: the answer is not one of the questionnaire's options",
    ]);
  });

  it('refuses something that is not a response, without throwing', () => {
    for (const bad of [null, 42, 'x', { resourceType: 'Observation' }])
      expect(readSdqResponse(klLike('string'), bad).issues).to.include(
        'Not a FHIR QuestionnaireResponse',
      );
  });
});
