import { expect } from '@open-wc/testing';
import type { JournalCase } from '@lettilbud/contract';
import { checklist } from '../../src/logic/checklist.js';
import { awaitingHandover, courseTaken, endedAtPreTalk } from '../../src/logic/pathway.js';
import { skippedStages } from '../../src/logic/stage.js';
import {
  closedAtPreTalk,
  closedWithFollowUp,
  guidedAwaiting,
  guidedHandedOver,
  newContact,
  noContactDate,
  notificationBlank,
  referredPsychiatry,
  returning,
  screened,
  TODAY,
} from '../fixtures/cases.js';

const ids = (c: JournalCase, today = TODAY) => checklist(c, today).map((g) => g.id);
const LATER = '2027-06-01';

describe('the four pre-talk outcomes', () => {
  const withClosure = (c: JournalCase): JournalCase => ({
    ...c,
    closure: { ...c.closure, date: '2026-10-01' },
  });

  it('closed, another effort, referred: no screening clock, no booster and no GP-result gap', () => {
    for (const c of [closedAtPreTalk, guidedHandedOver, referredPsychiatry]) {
      expect(endedAtPreTalk(c)).to.equal(c.preTalk!.decision);
      expect(courseTaken(c)).to.equal(false);
      for (const gaps of [ids(c, LATER), ids(withClosure(c), LATER)])
        expect(gaps, c.id).to.not.include.members([
          'screening-late',
          'no-booster',
          'gp-result',
          'sdq-follow-up',
          'suicide-risk',
        ]);
    }
    expect(ids(closedAtPreTalk, LATER)).to.deep.equal([]);
    expect(ids(guidedHandedOver, LATER)).to.deep.equal([]);
    expect(ids(referredPsychiatry, LATER)).to.deep.equal([]);
  });

  it('offered treatment: the screening clock runs and a course closes with booster and GP', () => {
    const offered: JournalCase = {
      ...newContact,
      preTalk: { date: '2026-11-21', decision: 'offered-treatment' },
    };
    expect(endedAtPreTalk(offered)).to.equal(undefined);
    expect(ids(offered, LATER)).to.include('screening-late');
    expect(ids({ ...closedWithFollowUp, closure: { date: '2026-09-05' } })).to.include.members([
      'no-booster',
      'gp-offer',
      'gp-result',
    ]);
  });

  it('the timeline skips screening and course after outcomes 1, 2 and 4, not after 3', () => {
    for (const c of [closedAtPreTalk, guidedAwaiting, referredPsychiatry])
      expect([...skippedStages(c)], c.id).to.deep.equal(['screening', 'course']);
    expect([...skippedStages(screened)]).to.deep.equal([]);
    const notStarting = {
      ...screened,
      screening: { ...screened.screening!, startTreatment: false, notStartingReason: 'Mild' },
    };
    expect([...skippedStages(notStarting)]).to.deep.equal(['course']);
  });

  it('a child guided elsewhere (outcome 2 or 4) is a gap until someone has taken over', () => {
    expect(awaitingHandover(guidedAwaiting)).to.equal(true);
    expect(checklist(guidedAwaiting, TODAY)).to.deep.include({
      id: 'awaiting-handover',
      detail: 'other-effort',
    });
    const referred = {
      ...referredPsychiatry,
      preTalk: { ...referredPsychiatry.preTalk!, handedOver: undefined },
    };
    expect(checklist(referred, TODAY)).to.deep.include({
      id: 'awaiting-handover',
      detail: 'referred-psychiatry',
    });
    expect(awaitingHandover(guidedHandedOver)).to.equal(false);
    expect(awaitingHandover(closedAtPreTalk)).to.equal(false);
    expect(awaitingHandover(screened)).to.equal(false);
  });

  it('a decision other than treatment needs its reason', () => {
    const noReason = {
      ...guidedHandedOver,
      preTalk: { ...guidedHandedOver.preTalk!, reason: undefined },
    };
    expect(ids(noReason)).to.include('no-reason');
  });
});

describe('no contact date', () => {
  it('is a gap of its own', () => {
    expect(ids(noContactDate)).to.deep.equal(['no-contact-date']);
    expect(ids(newContact)).to.not.include('no-contact-date');
  });
});

describe('duty to notify (Barnets Lov § 133)', () => {
  it('asks at pre-talk and screening when blank, once they have taken place', () => {
    expect(
      checklist(notificationBlank, TODAY).filter((g) => g.id === 'notification'),
    ).to.deep.equal([
      { id: 'notification', detail: 'pre-talk' },
      { id: 'notification', detail: 'screening' },
    ]);
    expect(ids(newContact)).to.not.include('notification');
    const planned = { ...notificationBlank, screening: { planned: '2026-12-01' } };
    expect(checklist(planned, TODAY).filter((g) => g.id === 'notification')).to.have.length(1);
  });

  it('"not needed" or "made" with a date closes it; "made" without a date asks for the date', () => {
    expect(ids(screened)).to.not.include.members(['notification', 'notification-date']);
    expect(ids(referredPsychiatry)).to.not.include('notification-date');
    const noDate = {
      ...screened,
      screening: { ...screened.screening!, notification: { decision: 'made' as const } },
    };
    expect(checklist(noDate, TODAY)).to.deep.include({
      id: 'notification-date',
      detail: 'screening',
    });
  });
});

describe('an SDQ before screening and at the end of a course', () => {
  it('flags a screening with no questionnaire on or before it', () => {
    expect(ids(screened)).to.not.include('sdq-before-screening');
    const sameDay = {
      ...screened,
      questionnaires: [{ ...screened.questionnaires![0]!, date: '2026-10-28' }],
    };
    expect(ids(sameDay)).to.not.include('sdq-before-screening');
    const after = {
      ...screened,
      questionnaires: [{ ...screened.questionnaires![0]!, date: '2026-10-29' }],
    };
    expect(ids(after)).to.include('sdq-before-screening');
    expect(ids({ ...screened, questionnaires: undefined })).to.include('sdq-before-screening');
  });

  it('an SDQ from an earlier course does not count for the current one', () => {
    const back = {
      ...screened,
      earlierCourses: [{ contactDate: '2025-01-01', closureDate: '2025-06-01' }],
      questionnaires: [{ ...screened.questionnaires![0]!, date: '2025-02-01' }],
    };
    expect(ids(back)).to.include('sdq-before-screening');
  });

  it('flags a closure after a course with no follow-up questionnaire', () => {
    expect(ids(closedWithFollowUp)).to.not.include('sdq-follow-up');
    const none = {
      ...closedWithFollowUp,
      questionnaires: closedWithFollowUp.questionnaires!.slice(0, 1),
    };
    expect(ids(none)).to.deep.equal(['sdq-follow-up']);
    const unlabelled = {
      ...closedWithFollowUp,
      questionnaires: closedWithFollowUp.questionnaires!.map((q) => ({ ...q, phase: undefined })),
    };
    expect(ids(unlabelled)).to.not.include('sdq-follow-up');
  });
});

describe('the open door', () => {
  it('an earlier course dated after the current contact is flagged', () => {
    expect(ids(returning)).to.not.include('dates-out-of-order');
    const misfiled = {
      ...returning,
      earlierCourses: [{ contactDate: '2026-11-21', course: 'Mind My Mind' }],
    };
    expect(checklist(misfiled, TODAY)).to.deep.include({
      id: 'dates-out-of-order',
      detail: 'earlier-course → contact',
    });
  });
});
