import { expect } from '@open-wc/testing';
import { clock, PRE_TALK_TARGET_DAYS, SCREENING_TARGET_DAYS } from '../../src/logic/clocks.js';

describe('waiting-time clocks (Copenhagen calendar days)', () => {
  it('runs, is due soon within 3 days, and is overdue the day after the due date', () => {
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
      state: 'due-soon',
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
