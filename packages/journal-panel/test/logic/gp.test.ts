import { expect } from '@open-wc/testing';
import type { CaseConsent, JournalCase } from '@lettilbud/contract';
import { checklist } from '../../src/logic/checklist.js';
import { hasConsent } from '../../src/logic/consents.js';
import { gpConsent, gpStatus } from '../../src/logic/gp.js';
import {
  closedAtPreTalk,
  closedWithFollowUp,
  gpConsentMissing,
  gpConsentRefused,
  guidedAwaiting,
  inCourse,
  referredPsychiatry,
  TODAY,
} from '../fixtures/cases.js';

const ids = (c: JournalCase, today = TODAY) => checklist(c, today).map((g) => g.id);
const gp = (extra: Partial<CaseConsent> = {}): CaseConsent => ({
  party: 'gp',
  scope: 'share',
  givenBy: 'custody-holders',
  date: '2026-10-02',
  ...extra,
});
const withGp = (c: JournalCase, ...consents: CaseConsent[]): JournalCase => ({
  ...c,
  consents: [...(c.consents ?? []).filter((k) => k.party !== 'gp'), ...consents],
});

describe('the GP', () => {
  it('is prompted when a course is offered, when the child is guided or referred, and at the end', () => {
    expect(gpStatus(inCourse, TODAY).due).to.deep.equal([]);
    expect(gpStatus({ ...inCourse, closure: undefined }, TODAY).due).to.deep.equal(['offer']);
    expect(gpStatus(guidedAwaiting, TODAY).due).to.deep.equal(['guided']);
    expect(gpStatus({ ...referredPsychiatry, closure: undefined }, TODAY).due).to.deep.equal([
      'guided',
    ]);
    expect(
      gpStatus({ ...closedWithFollowUp, closure: { date: '2026-09-05' } }, TODAY).due,
    ).to.deep.equal(['offer', 'result']);
    expect(gpStatus(closedAtPreTalk, TODAY).due).to.deep.equal([]);
    const offered: JournalCase = {
      ...closedAtPreTalk,
      closure: undefined,
      preTalk: { ...closedAtPreTalk.preTalk!, decision: 'offered-treatment' },
    };
    expect(gpStatus(offered, TODAY).due).to.deep.equal(['offer']);
    const declined = { ...offered, screening: { date: '2026-09-20', startTreatment: false } };
    expect(gpStatus(declined, TODAY).due).to.deep.equal([]);
    expect(ids(guidedAwaiting)).to.include('gp-guided');
  });

  it('is never prompted without a recorded GP consent: the missing consent is the gap', () => {
    expect(gpConsent(gpConsentMissing, TODAY).state).to.equal('missing');
    const gaps = checklist(gpConsentMissing, TODAY);
    expect(gaps.map((g) => g.id)).to.not.include('gp-offer');
    expect(gaps).to.deep.include({ id: 'gp-consent', detail: 'missing' });
  });

  it('a refusal is shown, never prompted past, and is not a gap', () => {
    expect(gpConsent(gpConsentRefused, TODAY)).to.deep.equal({
      state: 'refused',
      date: '2026-10-09',
    });
    expect(ids(gpConsentRefused)).to.not.include.members(['gp-offer', 'gp-consent']);
  });

  it('to be obtained, withdrawn or from the wrong giver is not a consent', () => {
    const course = { ...inCourse, closure: undefined };
    expect(gpConsent(withGp(course, gp({ status: 'to-be-obtained' })), TODAY).state).to.equal(
      'to-be-obtained',
    );
    expect(gpConsent(withGp(course, gp({ withdrawn: '2026-11-01' })), TODAY)).to.deep.equal({
      state: 'withdrawn',
      date: '2026-11-01',
    });
    // Withdrawn tomorrow: still given today.
    expect(gpConsent(withGp(course, gp({ withdrawn: '2026-11-24' })), TODAY).state).to.equal(
      'given',
    );
    // Born 2011-10-15: 15 on 2026-10-15, so the custody holders can no longer give it.
    const fifteen = { ...course, child: { ...course.child, birthDate: '2011-10-15' } };
    expect(gpConsent(withGp(fifteen, gp({ date: '2026-10-14' })), TODAY).state).to.equal('given');
    expect(gpConsent(withGp(fifteen, gp({ date: '2026-10-15' })), TODAY).state).to.equal(
      'wrong-giver',
    );
    for (const state of ['to-be-obtained', 'withdrawn'] as const) {
      const c = withGp(
        course,
        gp(state === 'withdrawn' ? { withdrawn: '2026-11-01' } : { status: state }),
      );
      expect(checklist(c, TODAY)).to.deep.include({ id: 'gp-consent', detail: state });
      expect(ids(c)).to.not.include('gp-offer');
    }
  });

  it('the latest GP consent record decides (a later refusal beats an earlier consent)', () => {
    const c = withGp(inCourse, gp(), gp({ date: '2026-11-01', status: 'refused' }));
    expect(gpConsent(c, TODAY).state).to.equal('refused');
    expect(gpConsent(c, '2026-10-20').state).to.equal('given');
  });
});

describe('consent still to be obtained', () => {
  // A parent wrote for a 16-year-old: the consents are to be obtained from the young person.
  const sixteen: JournalCase = {
    ...inCourse,
    child: { ...inCourse.child, birthDate: '2010-05-01' },
    consents: [
      {
        party: 'school',
        scope: 'both',
        givenBy: 'young-person',
        date: '2026-10-01',
        status: 'to-be-obtained',
      },
    ],
    coordination: [{ partner: 'school', date: '2026-10-20' }],
  };

  it('is a gap, not a valid consent, at 15, 17 and 18', () => {
    for (const birthDate of ['2011-10-01', '2009-10-02', '2008-10-01']) {
      const c = { ...sixteen, child: { ...sixteen.child, birthDate } };
      expect(checklist(c, TODAY), birthDate).to.deep.include({
        id: 'consent-to-be-obtained',
        detail: 'school',
      });
      expect(ids(c)).to.include('coordination-consent');
      expect(ids(c)).to.not.include('consent-wrong-giver');
    }
    expect(hasConsent(sixteen.consents!, 'school', '2026-10-20')).to.equal(false);
  });

  it('to be obtained from custody holders for a young person of 15 is the wrong giver', () => {
    const wrong = {
      ...sixteen,
      consents: [{ ...sixteen.consents![0]!, givenBy: 'custody-holders' as const }],
    };
    expect(ids(wrong)).to.include('consent-wrong-giver');
  });

  it('at 14 the custody holders consent; once given it is a consent', () => {
    const fourteen = {
      ...sixteen,
      child: { ...sixteen.child, birthDate: '2012-10-02' },
      consents: [
        { ...sixteen.consents![0]!, givenBy: 'custody-holders' as const, status: 'given' as const },
      ],
    };
    expect(ids(fourteen)).to.not.include.members([
      'consent-to-be-obtained',
      'consent-wrong-giver',
      'coordination-consent',
    ]);
  });
});
