import { expect } from '@open-wc/testing';
import type { JournalCase } from '@lettilbud/contract';
import { checklist, hasConsent } from '../../src/logic/checklist.js';
import {
  closedWithFollowUp,
  closedWithGaps,
  inCourse,
  newContact,
  screened,
  TODAY,
} from '../fixtures/cases.js';

const ids = (c: JournalCase, today = TODAY) => checklist(c, today).map((g) => g.id);

describe('documentation checklist', () => {
  it('a complete closed case has no gaps', () => {
    expect(checklist(closedWithFollowUp, TODAY)).to.deep.equal([]);
  });

  it('no suicide-risk assessment, or self-harm not asked, at screening', () => {
    expect(
      ids({
        ...screened,
        screening: { ...screened.screening!, suicideRisk: undefined, suicideRiskAssessed: false },
      }),
    ).to.include('suicide-risk');
    expect(
      ids({ ...screened, screening: { ...screened.screening!, selfHarmAsked: undefined } }),
    ).to.include('self-harm-question');
    expect(ids(screened)).to.not.include('suicide-risk');
  });

  it('no reason for not starting a course (screening or pre-talk decision)', () => {
    expect(
      ids({ ...screened, screening: { ...screened.screening!, startTreatment: false } }),
    ).to.include('no-reason');
    expect(
      ids({
        ...screened,
        screening: {
          ...screened.screening!,
          startTreatment: false,
          notStartingReason: 'Forbigående',
        },
      }),
    ).to.not.include('no-reason');
    expect(ids({ ...screened, preTalk: { date: '2026-10-09', decision: 'closed' } })).to.include(
      'no-reason',
    );
  });

  it('no booster planned after closure', () => {
    expect(
      ids({
        ...closedWithFollowUp,
        closure: { ...closedWithFollowUp.closure!, boosterDate: undefined },
      }),
    ).to.deep.equal(['no-booster']);
  });

  it('GP not informed of the offer (once a course started) or of the result (at closure)', () => {
    expect(ids({ ...inCourse, closure: undefined })).to.include('gp-offer');
    expect(ids(closedWithGaps)).to.include.members(['gp-offer', 'gp-result']);
  });

  it('a coordination partner without a consent on that date', () => {
    const gaps = checklist(closedWithGaps, TODAY).filter((g) => g.id === 'coordination-consent');
    expect(gaps).to.deep.equal([{ id: 'coordination-consent', detail: 'ppr' }]);
    const withdrawn = {
      ...closedWithFollowUp,
      consents: [{ ...closedWithFollowUp.consents![0]!, withdrawn: '2026-05-01' }],
    };
    expect(ids(withdrawn)).to.include('coordination-consent');
    expect(hasConsent(closedWithFollowUp.consents!, 'school', '2026-06-01')).to.equal(true);
  });

  it('pre-talk or screening past target', () => {
    expect(ids(newContact, '2026-12-05')).to.include('pre-talk-late');
    expect(ids(newContact, '2026-12-05')).to.not.include('screening-late');
    expect(ids(newContact, '2026-12-21')).to.include('screening-late');
    expect(
      ids({ ...screened, preTalk: { date: '2026-10-20', decision: 'offered-treatment' } }),
    ).to.include('pre-talk-late');
  });

  it('consent from the wrong person by age: custody holders under 15, the young person from 15', () => {
    const child = { ...screened, child: { ...screened.child, birthDate: '2011-10-15' } }; // 15 on 2026-10-15
    const at14 = {
      ...child,
      consents: [
        {
          party: 'school' as const,
          scope: 'both' as const,
          givenBy: 'custody-holders' as const,
          date: '2026-10-14',
        },
      ],
    };
    const at15 = {
      ...child,
      consents: [
        {
          party: 'school' as const,
          scope: 'both' as const,
          givenBy: 'custody-holders' as const,
          date: '2026-10-15',
        },
      ],
    };
    const youngAt15 = {
      ...child,
      consents: [
        {
          party: 'school' as const,
          scope: 'both' as const,
          givenBy: 'young-person' as const,
          date: '2026-10-15',
        },
      ],
    };
    expect(ids(at14)).to.not.include('consent-wrong-giver');
    expect(ids(at15)).to.include('consent-wrong-giver');
    expect(ids(youngAt15)).to.not.include('consent-wrong-giver');
  });

  it('flags dates out of order and in the future instead of hiding them', () => {
    const bad = { ...screened, screening: { ...screened.screening!, date: '2026-09-01' } };
    expect(checklist(bad, TODAY).find((g) => g.id === 'dates-out-of-order')?.detail).to.equal(
      'pre-talk → screening',
    );
    expect(
      ids({ ...screened, screening: { ...screened.screening!, date: '2026-12-01' } }),
    ).to.include('future-date');
  });
});
