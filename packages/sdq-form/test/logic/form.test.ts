import { expect } from '@open-wc/testing';
import { scoreSdq, sdqQuestions, sdqScoringAnswers } from '@lettilbud/contract';
import {
  keptAnswers,
  selfReportGate,
  typedAge,
  unanswered,
  visibleQuestions,
} from '../../src/logic/form.js';
import { placeholderQuestionnaire } from '../../src/demo/placeholder-questionnaire.js';

const base = sdqQuestions(placeholderQuestionnaire()).questions;
const withFollowUp = sdqQuestions(placeholderQuestionnaire({ followUp: true })).questions;
const items = (qs: { item: number }[]) => qs.map((q) => q.item);

describe('sdq-form logic', () => {
  it('refuses the self-report under 11, asks the age when none is known, never swaps the form', () => {
    expect(selfReportGate('self', 10)).to.equal('too-young');
    expect(selfReportGate('self', 4)).to.equal('too-young');
    expect(selfReportGate('self', 11)).to.equal('start');
    expect(selfReportGate('self', 17)).to.equal('start');
    expect(selfReportGate('self', null)).to.equal('ask-age');
    expect(selfReportGate('parent', null)).to.equal('start');
    expect(selfReportGate('teacher', 6)).to.equal('start');
  });

  it('reads a typed age: whole years 4-25 only', () => {
    expect(typedAge(' 13 ')).to.equal(13);
    expect(typedAge('10')).to.equal(10);
    expect(typedAge('4')).to.equal(4);
    expect(typedAge('3')).to.equal(null);
    expect(typedAge('26')).to.equal(null);
    expect(typedAge('12.5')).to.equal(null);
    expect(typedAge('tretten')).to.equal(null);
    expect(typedAge('')).to.equal(null);
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

describe('sdq-form logic: the teacher version', () => {
  it("finds a teacher questionnaire's impact items by their role and scores distress, peers and learning", async () => {
    const { teacherQuestionnaire } = await import('../fixtures/teacher-questionnaire.js');
    const { questions, issues } = sdqQuestions(teacherQuestionnaire());
    expect(issues).to.deep.equal([]);
    expect(items(questions).slice(25)).to.deep.equal([26, 28, 30, 31]);
    const answers = new Map<number, number>([
      [26, 2],
      [28, 3],
      [30, 2],
      [31, 3],
    ]);
    const shown = visibleQuestions(questions, answers, { followUp: false, informant: 'teacher' });
    expect(items(shown).slice(25)).to.deep.equal([26, 28, 30, 31]);
    // distress "a great deal" 2 + peers "quite a lot" 1 + learning "a great deal" 2.
    expect(scoreSdq(sdqScoringAnswers(questions, answers), 'teacher').impact).to.equal(5);
  });
});
