import { expect } from '@open-wc/testing';
import type { JournalCase } from '@lettilbud/contract';
import { checklist } from '../../src/logic/checklist.js';
import { riskMissing, riskReading } from '../../src/logic/suicide-risk.js';
import {
  legacyRiskTick,
  raisedRiskNoPlan,
  screened,
  TODAY,
  urgentHandled,
  urgentOpen,
  urgentOverdue,
} from '../fixtures/cases.js';

const ids = (c: JournalCase, today = TODAY) => checklist(c, today).map((g) => g.id);
const withRisk = (screening: Partial<NonNullable<JournalCase['screening']>>): JournalCase => ({
  ...screened,
  screening: { ...screened.screening!, ...screening },
});

describe('urgency in the checklist', () => {
  it('an urgent contact not acted on is a gap from the next day, first in the list', () => {
    expect(ids(urgentOpen)).to.not.include('urgent-late');
    expect(ids(urgentOverdue)[0]).to.equal('urgent-late');
    expect(ids(urgentHandled, '2026-12-01')).to.not.include('urgent-late');
    const actedLate = {
      ...urgentOverdue,
      contact: { ...urgentOverdue.contact!, urgentHandled: { at: '2026-11-23' } },
    };
    expect(ids(actedLate)).to.include('urgent-late');
  });
});

describe('suicide-risk result, not a tick', () => {
  it('reads each result, and the deprecated 1.x tick as "assessed, no result"', () => {
    for (const r of ['not-assessed', 'no-raised-risk', 'raised', 'acute'] as const)
      expect(riskReading({ suicideRisk: r })).to.equal(r);
    expect(riskReading(legacyRiskTick.screening)).to.equal('assessed-no-result');
    expect(riskReading({ suicideRiskAssessed: false })).to.equal('not-recorded');
    expect(riskReading(undefined)).to.equal('not-recorded');
    // The result wins over an old tick that says otherwise.
    expect(riskReading({ suicideRisk: 'acute', suicideRiskAssessed: false })).to.equal('acute');
  });

  it('a screening without a result, or "not assessed", is a gap; "no raised risk" is none', () => {
    expect(ids(withRisk({ suicideRisk: undefined }))).to.include('suicide-risk');
    expect(ids(withRisk({ suicideRisk: 'not-assessed' }))).to.include('suicide-risk');
    expect(ids(withRisk({ suicideRisk: 'no-raised-risk' }))).to.not.include('suicide-risk');
    expect(ids(legacyRiskTick)).to.include('suicide-risk-result').and.not.include('suicide-risk');
  });

  it('raised or acute risk without a crisis plan and psychiatry contact is flagged', () => {
    for (const risk of ['raised', 'acute'] as const) {
      const gaps = ids(withRisk({ suicideRisk: risk }));
      expect(gaps).to.include.members(['no-crisis-plan', 'no-psychiatry-contact']);
      expect(gaps.slice(0, 2), 'safety first').to.deep.equal([
        'no-crisis-plan',
        'no-psychiatry-contact',
      ]);
      expect(ids(withRisk({ suicideRisk: risk, crisisPlan: true }))).to.not.include(
        'no-crisis-plan',
      );
      for (const contact of ['sparring', 'acute-referral'] as const)
        expect(
          ids(withRisk({ suicideRisk: risk, crisisPlan: true, psychiatryContact: contact })),
        ).to.not.include.members(['no-crisis-plan', 'no-psychiatry-contact']);
    }
    expect(riskMissing(raisedRiskNoPlan.screening)).to.deep.equal(['crisis-plan', 'psychiatry']);
    expect(riskMissing(withRisk({ suicideRisk: 'no-raised-risk' }).screening)).to.deep.equal([]);
  });
});
