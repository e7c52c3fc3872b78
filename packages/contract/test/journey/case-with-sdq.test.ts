import { expect } from '@open-wc/testing';
import {
  JournalCase,
  LtJourneyError,
  buildQuestionnaireResponse,
  caseFromReferral,
  caseWithSdq,
  scoreSdq,
  sdqQuestions,
  validate,
  type SdqInformant,
  type SdqResult,
} from '../../src/index.js';
import { klQuestionnaire, receipt, referral2 } from './helpers.js';

/** An SDQ result as `<lt-sdq-form>` emits it: every item answered at one position. */
function result(informant: SdqInformant, followUp: boolean, authored: string): SdqResult {
  const q = klQuestionnaire();
  const answers = new Map(
    Array.from({ length: 33 }, (_, i) => [i + 1, i < 25 ? 1 : 2] as [number, number]),
  );
  return {
    contractVersion: '1.0.0',
    informant,
    followUp,
    authored,
    scores: scoreSdq(answers, informant),
    questionnaireResponse: buildQuestionnaireResponse(q, sdqQuestions(q).questions, answers, {
      informant,
      authored,
    }) as unknown as SdqResult['questionnaireResponse'],
    observations: [],
  };
}

describe('caseWithSdq: an SDQ result joins the case', () => {
  const start = () => caseFromReferral(referral2(), receipt);

  it('adds each informant with phase, Copenhagen date, scores and impact', () => {
    let c = start();
    for (const informant of ['parent', 'teacher', 'self'] as const)
      c = caseWithSdq(c, result(informant, false, '2026-11-30T23:30:00Z'));
    expect(validate(JournalCase, c).ok).to.equal(true);
    expect(c.questionnaires!.map((q) => [q.informant, q.phase, q.date])).to.deep.equal([
      ['parent', 'baseline', '2026-12-01'],
      ['teacher', 'baseline', '2026-12-01'],
      ['self', 'baseline', '2026-12-01'],
    ]);
    const parent = c.questionnaires![0]!;
    expect(parent.instrument).to.equal('SDQ');
    expect(parent.scores).to.deep.equal(result('parent', false, '2026-11-30T23:30:00Z').scores);
    expect(parent.scores.impact, 'the impact score travels').to.be.a('number');
    expect(parent.questionnaire, 'the questionnaire it answered').to.equal(
      result('parent', false, '2026-11-30T23:30:00Z').questionnaireResponse['questionnaire'],
    );
    expect(parent.questionnaire).to.be.a('string').and.not.equal('');
  });

  it('a follow-up is a follow-up, kept in date order after the baseline', () => {
    const c = caseWithSdq(
      caseWithSdq(start(), result('parent', true, '2027-03-01T10:00:00+01:00')),
      result('parent', false, '2026-12-01T10:00:00+01:00'),
    );
    expect(c.questionnaires!.map((q) => q.phase)).to.deep.equal(['baseline', 'follow-up']);
  });

  it('adds the same result once, and leaves the case given unchanged', () => {
    const before = start();
    const once = caseWithSdq(before, result('self', false, '2026-12-01T10:00:00+01:00'));
    const twice = caseWithSdq(once, result('self', false, '2026-12-01T10:00:00+01:00'));
    expect(twice.questionnaires!.length).to.equal(1);
    expect(before).not.to.have.property('questionnaires');
  });

  it('refuses a broken case or result with paths', () => {
    const bad = { ...result('parent', false, 'not a time'), informant: 'grandmother' };
    try {
      caseWithSdq({ ...start(), child: {} }, bad);
      expect.fail('should throw');
    } catch (error) {
      expect(error).to.be.instanceOf(LtJourneyError);
      expect((error as LtJourneyError).issues.map((i) => i.path)).to.include.members([
        'case.child.birthDate',
        'result.informant',
        'result.authored',
      ]);
    }
  });
});
