import { expect } from '@open-wc/testing';
import { sdqQuestions } from '@lettilbud/contract';
import {
  keptAnswers,
  offeredInformant,
  unanswered,
  visibleQuestions,
} from '../../src/logic/form.js';
import { placeholderQuestionnaire } from '../../src/demo/placeholder-questionnaire.js';

const base = sdqQuestions(placeholderQuestionnaire()).questions;
const withFollowUp = sdqQuestions(placeholderQuestionnaire({ followUp: true })).questions;
const items = (qs: { item: number }[]) => qs.map((q) => q.item);

describe('sdq-form logic', () => {
  it('offers the self-report from 11 only', () => {
    expect(offeredInformant('self', 10)).to.deep.equal({ informant: 'parent', changed: true });
    expect(offeredInformant('self', 11)).to.deep.equal({ informant: 'self', changed: false });
    expect(offeredInformant('self', null)).to.deep.equal({ informant: 'self', changed: false });
    expect(offeredInformant('teacher', 6)).to.deep.equal({ informant: 'teacher', changed: false });
  });

  it('shows 1-25 and the overall question; impact questions only after "difficulties"', () => {
    expect(
      items(visibleQuestions(base, new Map(), { followUp: false, informant: 'parent' })),
    ).to.deep.equal([...Array.from({ length: 25 }, (_, i) => i + 1), 26]);
    const yes = new Map([[26, 1]]);
    expect(
      items(visibleQuestions(base, yes, { followUp: false, informant: 'parent' })).slice(25),
    ).to.deep.equal([26, 27, 28, 29, 30, 31, 32, 33]);
    expect(
      items(visibleQuestions(base, yes, { followUp: false, informant: 'teacher' })).slice(25),
    ).to.deep.equal([26, 27, 28, 30, 31, 33]);
  });

  it('follow-up: the follow-up questions replace the duration question', () => {
    const shown = items(
      visibleQuestions(withFollowUp, new Map([[26, 2]]), { followUp: true, informant: 'parent' }),
    );
    expect(shown.slice(25)).to.deep.equal([34, 35, 26, 28, 29, 30, 31, 32, 33]);
  });

  it('drops impact answers when the overall answer turns to "no", and lists what is unanswered', () => {
    const answers = new Map([
      [26, 2],
      [28, 3],
      [1, 0],
    ]);
    const after = new Map(answers).set(26, 0);
    const kept = keptAnswers(
      visibleQuestions(base, after, { followUp: false, informant: 'parent' }),
      after,
    );
    expect([...kept.keys()].sort((a, b) => a - b)).to.deep.equal([1, 26]);
    expect(
      unanswered(visibleQuestions(base, kept, { followUp: false, informant: 'parent' }), kept)
        .length,
    ).to.equal(24);
  });
});
