import { expect } from '@open-wc/testing';
import {
  CONTRACT_VERSION,
  DOCUMENTS,
  EVENTS,
  Offer,
  OfferDirectory,
  Referral,
  ReferralReceipt,
  SdqResult,
  JournalCase,
  validate,
  type Issue,
} from '../src/index.js';

const referral = {
  contractVersion: CONTRACT_VERSION,
  consentTextVersion: '2026-01',
  writer: { role: 'parent' },
  child: { name: 'Ida', birthDate: '2014-03-02', municipality: '101' },
  contact: { phone: '12 34 56 78' },
  concerns: ['worry', 'school-absence'],
  safety: 'no',
  urgent: false,
  consents: {
    consenter: 'custody-holders',
    status: 'given',
    parties: { ppr: true, 'health-visitor': false, school: false, 'family-department': true },
  },
  submittedAt: '2026-11-23T10:00:00+01:00',
};

const offer = {
  id: 'kbh-entre',
  name: 'Entré',
  status: 'running',
  municipalities: ['101'],
  phone: {
    number: '33 17 33 17',
    hours: [{ dayOfWeek: ['Monday'], opens: '09:00', closes: '15:00' }],
  },
  website: 'https://www.kk.dk',
  courses: [
    {
      id: 'cool-kids',
      name: 'Cool Kids',
      concerns: ['worry'],
      ages: { min: 7, max: 12 },
      formats: ['group'],
    },
  ],
  verifiedAt: '2026-11-01',
};

function paths(result: { ok: boolean; issues?: Issue[] }): string[] {
  return result.ok ? [] : (result.issues ?? []).map((i) => i.path);
}

describe('contract schemas: valid documents pass', () => {
  it('accepts a minimal referral, offer, directory, receipt, SDQ result and case', () => {
    expect(validate(Referral, referral).ok).to.equal(true);
    expect(validate(Offer, offer).ok).to.equal(true);
    expect(
      validate(OfferDirectory, { contractVersion: '1.0.0', publisher: 'KL', offers: [offer] }).ok,
    ).to.equal(true);
    expect(validate(ReferralReceipt, { reference: 'LT-1' }).ok).to.equal(true);
    expect(
      validate(SdqResult, {
        contractVersion: '1.0.0',
        informant: 'parent',
        followUp: false,
        authored: '2026-11-23T10:00:00Z',
        scores: {
          emotional: 3,
          conduct: 2,
          hyperactivity: 5,
          peer: 1,
          prosocial: 8,
          totalDifficulties: 11,
          externalising: 7,
          internalising: 4,
          impact: null,
        },
        questionnaireResponse: { resourceType: 'QuestionnaireResponse', status: 'completed' },
        observations: [],
      }).ok,
    ).to.equal(true);
    expect(
      validate(JournalCase, {
        contractVersion: '1.0.0',
        id: 'case-1',
        child: { name: 'Ida', birthDate: '2014-03-02' },
      }).ok,
    ).to.equal(true);
  });
});

describe('contract schemas: invalid documents name the offending field', () => {
  it('a wrong contract major version (major 1 and 2 are accepted, 0 and 3 are not)', () => {
    expect(CONTRACT_VERSION).to.equal('2.0.0');
    for (const version of ['3.0.0', '0.9.0', '2.0']) {
      const r = validate(Referral, { ...referral, contractVersion: version });
      expect(paths(r)).to.deep.equal(['contractVersion']);
      expect(r.ok ? '' : r.issues[0]!.message).to.contain('"1.x.y" or "2.x.y"');
    }
    expect(validate(Referral, { ...referral, contractVersion: '1.4.0' }).ok).to.equal(true);
  });

  it('a child without a valid birth date and a 4-digit municipality', () => {
    const r = validate(Referral, {
      ...referral,
      child: { name: 'Ida', birthDate: '02-03-2014', municipality: '0101' },
    });
    expect(paths(r)).to.have.members(['child.birthDate', 'child.municipality']);
  });

  it('an unknown concern, by its index', () => {
    expect(paths(validate(Referral, { ...referral, concerns: ['worry', 'adhd'] }))).to.deep.equal([
      'concerns[1]',
    ]);
  });

  it('a professional who has not confirmed the family agrees', () => {
    const r = validate(Referral, {
      ...referral,
      writer: {
        role: 'professional',
        professional: { role: 'Lærer', workplace: 'Skolen', familyKnowsAndAgrees: false },
      },
    });
    expect(paths(r)).to.deep.equal(['writer.professional.familyKnowsAndAgrees']);
  });

  it('a javascript: link and a phone number with letters in an offer', () => {
    const r = validate(Offer, {
      ...offer,
      website: 'javascript:alert(1)',
      phone: { number: 'call us', hours: [] },
    });
    expect(paths(r)).to.have.members(['website', 'phone.number']);
  });

  it('an age range upside down and an empty course format list', () => {
    const r = validate(Offer, {
      ...offer,
      courses: [{ ...offer.courses[0], ages: { min: 12, max: 7 }, formats: [] }],
    });
    expect(paths(r)).to.have.members(['courses[0].ages', 'courses[0].formats']);
  });

  it('a missing field is named, not just "invalid"', () => {
    const { child: _child, ...noChild } = referral;
    const r = validate(Referral, noChild);
    expect(paths(r)).to.deep.equal(['child']);
  });

  it('a receipt without a reference', () => {
    expect(paths(validate(ReferralReceipt, {}))).to.deep.equal(['reference']);
  });

  it('text over its bound (hostile floods)', () => {
    expect(paths(validate(Referral, { ...referral, ownWords: 'x'.repeat(10_001) }))).to.deep.equal([
      'ownWords',
    ]);
  });
});

describe('the event registry', () => {
  it('names every event lt-*, once, and says when it fires', () => {
    const names = EVENTS.map((e) => e.name);
    expect(new Set(names).size).to.equal(names.length);
    for (const e of EVENTS) {
      expect(e.name).to.match(/^lt-[a-z-]+$/);
      expect(e.when.length).to.be.greaterThan(20);
      expect(e.firedBy.length).to.be.greaterThan(0);
    }
    expect(Object.keys(DOCUMENTS)).to.include.members([
      'offer-directory',
      'referral',
      'sdq-result',
      'journal-case',
    ]);
  });
});
