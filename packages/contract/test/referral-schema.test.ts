import { expect } from '@open-wc/testing';
import {
  CONTRACT_VERSION,
  Referral,
  ReferralReceipt,
  referralSubmitSpec,
  referralSubmittedSpec,
  referralUrgentSpec,
  validate,
  type Issue,
} from '../src/index.js';

/** The referral's contract rules, as `<lt-referral-widget>` and every host rely on them. */
const minimal = {
  contractVersion: CONTRACT_VERSION,
  consentTextVersion: '1.0',
  writer: { role: 'young-person' },
  child: { name: 'Noor', birthDate: '2010-05-01', municipality: '751' },
  contact: { email: 'noor@example.dk' },
  concerns: [],
  ownWords: 'Jeg kan ikke sove.',
  safety: 'unsure',
  urgent: true,
  consents: {
    consenter: 'young-person',
    status: 'given',
    parties: { ppr: false, 'health-visitor': false, school: true, 'family-department': false },
  },
  submittedAt: '2026-11-23T09:30:00.000Z',
};

function paths(result: { ok: boolean; issues?: Issue[] }): string[] {
  return result.ok ? [] : (result.issues ?? []).map((i) => i.path);
}
const withPatch = (patch: object) => validate(Referral, { ...minimal, ...patch });

describe('Referral schema', () => {
  it('accepts the short path of a young person, with a UTC submittedAt', () => {
    expect(validate(Referral, minimal).ok).to.equal(true);
  });

  it('a professional must confirm that the family knows and agrees', () => {
    const professional = (familyKnowsAndAgrees: boolean) =>
      withPatch({
        writer: {
          role: 'professional',
          professional: { role: 'Lærer', workplace: 'Skolen', familyKnowsAndAgrees },
        },
      });
    expect(professional(true).ok).to.equal(true);
    expect(paths(professional(false))).to.deep.equal(['writer.professional.familyKnowsAndAgrees']);
  });

  it('CPR: DDMMYY-SSSS or 10 digits; anything else is refused', () => {
    const cpr = (value: string) => withPatch({ child: { ...minimal.child, cpr: value } });
    expect(cpr('010510-4321').ok).to.equal(true);
    expect(cpr('0105104321').ok).to.equal(true);
    expect(paths(cpr('01051-4321'))).to.deep.equal(['child.cpr']);
  });

  it('every consent party needs an explicit yes or no', () => {
    const r = withPatch({
      consents: { consenter: 'young-person', status: 'given', parties: { ppr: true } },
    });
    expect(r.ok).to.equal(false);
  });

  it('2.0 consent record: consenter and status, no 1.x givenBy', () => {
    const parties = minimal.consents.parties;
    const consents = (c: object) => withPatch({ consents: { ...c, parties } });
    expect(consents({ consenter: 'young-person', status: 'to-be-obtained' }).ok).to.equal(true);
    expect(consents({ consenter: 'custody-holders', status: 'given' }).ok).to.equal(true);
    expect(paths(consents({ givenBy: 'young-person' }))).to.deep.equal([
      'consents.consenter',
      'consents.status',
    ]);
    expect(paths(consents({ consenter: 'young-person', status: 'maybe' }))).to.deep.equal([
      'consents.status',
    ]);
  });

  it('a foster carer is a writer role of its own', () => {
    expect(withPatch({ writer: { role: 'foster-carer', name: 'Plejemor' } }).ok).to.equal(true);
    expect(paths(withPatch({ writer: { role: 'teacher' } }))).to.deep.equal(['writer.role']);
  });

  it("the family's own phone must be diallable back; 7 digits are refused", () => {
    const phone = (value: string) => withPatch({ contact: { phone: value } });
    for (const ok of [
      '12 34 56 78',
      '12345678',
      '+45 12 34 56 78',
      '004512345678',
      '+46 8 123 456 78',
    ])
      expect(phone(ok).ok, ok).to.equal(true);
    for (const bad of ['1234567', '12 34 56 7', '+45 1234567', '112', '70-20-12-01', '01234567'])
      expect(paths(phone(bad)), bad).to.deep.equal(['contact.phone']);
    const holder = (value: string) =>
      withPatch({ custodyHolders: [{ name: 'Mor', phone: value }] });
    expect(holder('87 65 43 21').ok).to.equal(true);
    expect(paths(holder('8765432'))).to.deep.equal(['custodyHolders[0].phone']);
  });

  it('at most two custody holders, each named', () => {
    const holder = { name: 'Mor' };
    expect(withPatch({ custodyHolders: [holder, holder] }).ok).to.equal(true);
    expect(paths(withPatch({ custodyHolders: [holder, holder, holder] }))).to.deep.equal([
      'custodyHolders',
    ]);
    expect(paths(withPatch({ custodyHolders: [{ name: ' ' }] }))).to.deep.equal([
      'custodyHolders[0].name',
    ]);
  });

  it('own words up to 10,000 characters; impact on a 0-3 scale', () => {
    expect(withPatch({ ownWords: 'a'.repeat(10_000) }).ok).to.equal(true);
    expect(paths(withPatch({ ownWords: 'a'.repeat(10_001) }))).to.deep.equal(['ownWords']);
    expect(paths(withPatch({ impact: { sleep: 4 } }))).to.deep.equal(['impact.sleep']);
  });

  it('the safety answer is one of no, yes, unsure', () => {
    expect(paths(withPatch({ safety: 'maybe' }))).to.deep.equal(['safety']);
  });
});

describe('referral events', () => {
  it('lt-referral-submit carries the referral; lt-referral-submitted the receipt', () => {
    expect(referralSubmitSpec.detail.safeParse({ referral: minimal }).success).to.equal(true);
    expect(referralSubmitSpec.cancelable).to.be.a('string');
    expect(
      referralSubmittedSpec.detail.safeParse({ receipt: { reference: 'LT-1' }, urgent: true })
        .success,
    ).to.equal(true);
    expect(validate(ReferralReceipt, { reference: '' }).ok).to.equal(false);
  });

  it('lt-referral-urgent carries no personal data', () => {
    const parsed = referralUrgentSpec.detail.safeParse({
      safety: 'yes',
      municipality: '101',
      childName: 'Noor',
      phone: '12345678',
    });
    expect(parsed.success).to.equal(true);
    expect(parsed.data).to.deep.equal({ safety: 'yes', municipality: '101' });
    expect(referralUrgentSpec.detail.safeParse({ safety: 'no' }).success).to.equal(false);
  });
});
