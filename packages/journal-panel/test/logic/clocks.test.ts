import { expect } from '@open-wc/testing';
import type { JournalCase } from '@lettilbud/contract';
import {
  caseClocks,
  clock,
  copenhagenDay,
  isUrgent,
  PRE_TALK_TARGET_DAYS,
  SCREENING_TARGET_DAYS,
} from '../../src/logic/clocks.js';
import {
  closedAtPreTalk,
  guidedAwaiting,
  newContact,
  noContactDate,
  referredPsychiatry,
  returning,
  TODAY,
  urgentHandled,
  urgentOpen,
} from '../fixtures/cases.js';

describe('waiting-time clocks (Copenhagen calendar days)', () => {
  it('runs, is due soon within 3 days, due today on the due date, and overdue the day after', () => {
    expect(clock('2026-11-01', undefined, 14, '2026-11-05')).to.deep.equal({
      state: 'running',
      due: '2026-11-15',
      days: 10,
    });
    expect(clock('2026-11-01', undefined, 14, '2026-11-12')).to.deep.equal({
      state: 'due-soon',
      due: '2026-11-15',
      days: 3,
    });
    expect(clock('2026-11-01', undefined, 14, '2026-11-15')).to.deep.equal({
      state: 'due-today',
      due: '2026-11-15',
      days: 0,
    });
    expect(clock('2026-11-01', undefined, 14, '2026-11-16')).to.deep.equal({
      state: 'overdue',
      due: '2026-11-15',
      days: 1,
    });
  });

  it('is met on the due date and late the day after', () => {
    expect(clock('2026-11-01', '2026-11-15', 14, '2026-12-01').state).to.equal('met');
    expect(clock('2026-11-01', '2026-11-16', 14, '2026-12-01')).to.deep.equal({
      state: 'late',
      due: '2026-11-15',
      days: 1,
    });
  });

  it('counts across the spring and autumn daylight-saving changes without drift', () => {
    // Contact the Friday before DST starts (29 March 2026) and before it ends (25 October 2026).
    expect(clock('2026-03-27', undefined, PRE_TALK_TARGET_DAYS, '2026-03-30').due).to.equal(
      '2026-04-10',
    );
    expect(clock('2026-10-23', undefined, SCREENING_TARGET_DAYS, '2026-10-26').due).to.equal(
      '2026-11-22',
    );
    expect(clock('2026-03-27', '2026-04-10', PRE_TALK_TARGET_DAYS, '2026-04-11').state).to.equal(
      'met',
    );
  });
});

describe('the case clocks tell the truth', () => {
  const states = (c: JournalCase, today = TODAY) =>
    caseClocks(c, today).map((k) => [k.id, k.state, 'why' in k ? k.why : undefined]);

  it('an urgent contact is due the day of contact and overdue from the next Copenhagen day', () => {
    expect(isUrgent(urgentOpen)).to.equal(true);
    expect(states(urgentOpen)[0]).to.deep.equal(['urgent', 'due-today', undefined]);
    expect(caseClocks(urgentOpen, '2026-11-24')[0]).to.deep.include({
      id: 'urgent',
      state: 'overdue',
      days: 1,
      due: TODAY,
    });
    // The routine 14-day clock still runs beside it.
    expect(states(urgentOpen)[1]).to.deep.equal(['pre-talk', 'running', undefined]);
  });

  it('"yes" and "not sure" are urgent, "no" is not (unless flagged)', () => {
    const withSafety = (safety: 'yes' | 'no' | 'unsure', urgent?: boolean) => ({
      ...newContact,
      contact: { ...newContact.contact!, safety, ...(urgent === undefined ? {} : { urgent }) },
    });
    expect(isUrgent(withSafety('yes'))).to.equal(true);
    expect(isUrgent(withSafety('unsure'))).to.equal(true);
    expect(isUrgent(withSafety('no'))).to.equal(false);
    expect(isUrgent(withSafety('no', true))).to.equal(true);
    expect(isUrgent(newContact)).to.equal(false);
    expect(caseClocks(newContact, TODAY).map((k) => k.id)).to.deep.equal(['pre-talk', 'screening']);
  });

  it('acting on an urgent contact is met the same Copenhagen day, late after midnight', () => {
    const acted = (at: string) => ({
      ...urgentOpen,
      contact: { ...urgentOpen.contact!, urgentHandled: { at } },
    });
    expect(caseClocks(urgentHandled, '2026-11-25')[0]!.state).to.equal('met');
    expect(caseClocks(acted(TODAY), '2026-11-25')[0]!.state).to.equal('met');
    // 22:59 UTC is 23:59 in Copenhagen (winter time): still the day of contact.
    expect(caseClocks(acted('2026-11-23T22:59:00Z'), '2026-11-25')[0]!.state).to.equal('met');
    // 23:30 UTC is 00:30 the next day in Copenhagen.
    expect(caseClocks(acted('2026-11-23T23:30:00Z'), '2026-11-25')[0]).to.deep.include({
      state: 'late',
      days: 1,
    });
    expect(copenhagenDay('2026-06-30T22:30:00Z')).to.equal('2026-07-01'); // summer time
  });

  it('each of the four pre-talk outcomes: only "offered treatment" keeps a screening clock', () => {
    const later = '2027-03-01';
    expect(states(closedAtPreTalk, later)).to.deep.equal([
      ['pre-talk', 'met', undefined],
      ['screening', 'not-relevant', 'closed'],
    ]);
    expect(states(guidedAwaiting, later)[1]).to.deep.equal([
      'screening',
      'not-relevant',
      'other-effort',
    ]);
    expect(states(referredPsychiatry, later)[1]).to.deep.equal([
      'screening',
      'not-relevant',
      'referred-psychiatry',
    ]);
    const offered = {
      ...guidedAwaiting,
      preTalk: { ...guidedAwaiting.preTalk!, decision: 'offered-treatment' as const },
    };
    expect(states(offered, later)[1]).to.deep.equal(['screening', 'overdue', undefined]);
  });

  it('a closed case has no running clock for a step that never came', () => {
    const closed = { ...newContact, closure: { date: '2026-11-21' } };
    expect(states(closed, '2027-01-01')).to.deep.equal([
      ['pre-talk', 'not-relevant', 'case-closed'],
      ['screening', 'not-relevant', 'case-closed'],
    ]);
  });

  it('no contact date is said, not hidden', () => {
    expect(states(noContactDate)).to.deep.equal([
      ['pre-talk', 'no-contact', undefined],
      ['screening', 'no-contact', undefined],
    ]);
  });

  it('a returning child: the clocks start at the current contact, not the earliest', () => {
    expect(caseClocks(returning, TODAY)[0]).to.deep.include({
      id: 'pre-talk',
      state: 'running',
      due: '2026-12-04',
    });
  });
});
