import { expect } from '@open-wc/testing';
import { CONTRACT_VERSION, contractSchemas } from '@lettilbud/contract';
import { buildReferral } from '../../src/logic/build-referral.js';
import { emptyForm, type ReferralForm } from '../../src/logic/form.js';

const schemas = await contractSchemas.load();
const now = new Date('2026-11-23T09:30:00Z');
const base: ReferralForm = {
  ...emptyForm(),
  role: 'parent',
  childName: ' Alma ',
  birthDate: '24-12-2014',
  municipality: '101',
  concerns: ['worry'],
  safety: 'no',
  phone: '12 34 56 78',
};
const build = (patch: Partial<ReferralForm> = {}, extra: object = {}) =>
  buildReferral(
    { ...base, ...patch },
    { today: '2026-11-23', now, consentTextVersion: '2026-1', ...extra },
    schemas,
  );

describe('buildReferral', () => {
  it('builds the minimal contract referral: trimmed, ISO date, empty optionals left out', () => {
    const r = build();
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value).to.deep.equal({
      contractVersion: CONTRACT_VERSION,
      consentTextVersion: '2026-1',
      writer: { role: 'parent' },
      child: { name: 'Alma', birthDate: '2014-12-24', municipality: '101' },
      contact: { phone: '12 34 56 78' },
      concerns: ['worry'],
      safety: 'no',
      urgent: false,
      consents: {
        consenter: 'custody-holders',
        status: 'given',
        parties: { ppr: false, 'health-visitor': false, school: false, 'family-department': false },
      },
      submittedAt: '2026-11-23T09:30:00.000Z',
    });
  });

  it('flags yes and not sure as urgent', () => {
    for (const [safety, urgent] of [
      ['yes', true],
      ['unsure', true],
      ['no', false],
    ] as const) {
      const r = build({ safety });
      expect(r.ok && r.value.urgent).to.equal(urgent);
    }
  });

  it('carries the optional depth when given', () => {
    const r = build({
      school: 'Valby Skole',
      className: '6.b',
      custodyHolders: [
        { name: 'Mor', phone: '', email: 'mor@example.dk' },
        { name: '', phone: '', email: '' },
      ],
      duration: '1-6-months',
      impactSchool: '2',
      impactSleep: '0',
      tried: ['school', 'gp'],
      activeTreatment: 'no',
      mayLeaveMessage: 'yes',
      consents: ['school', 'ppr'],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.custodyHolders).to.deep.equal([{ name: 'Mor', email: 'mor@example.dk' }]);
    expect(r.value.impact).to.deep.equal({ school: 2, sleep: 0 });
    expect(r.value.tried).to.deep.equal(['school', 'gp']);
    expect(r.value.activePsychiatricTreatment).to.equal(false);
    expect(r.value.contact.mayLeaveMessage).to.equal(true);
    expect(r.value.consents.parties).to.deep.equal({
      ppr: true,
      'health-visitor': false,
      school: true,
      'family-department': false,
    });
  });

  it('consent record by writer and age: 14, 15 today and 17, for every writer role', () => {
    const record = (role: ReferralForm['role'], birthDate: string) => {
      const extra =
        role === 'professional'
          ? { proRole: 'Lærer', proWorkplace: 'Skolen', familyAgrees: true }
          : {};
      const r = build({ role, birthDate, consents: ['ppr'], ...extra });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      const { consenter, status } = r.value.consents;
      return `${consenter}/${status}`;
    };
    const ages = { 14: '24-11-2011', 15: '23-11-2011', 17: '23-11-2009' } as const;
    const expected = {
      parent: [
        'custody-holders/given',
        'young-person/to-be-obtained',
        'young-person/to-be-obtained',
      ],
      'young-person': [
        'custody-holders/to-be-obtained',
        'young-person/given',
        'young-person/given',
      ],
      'foster-carer': [
        'custody-holders/to-be-obtained',
        'young-person/to-be-obtained',
        'young-person/to-be-obtained',
      ],
      professional: [
        'custody-holders/to-be-obtained',
        'young-person/to-be-obtained',
        'young-person/to-be-obtained',
      ],
    } as const;
    for (const [role, results] of Object.entries(expected)) {
      expect(
        Object.values(ages).map((b) => record(role as ReferralForm['role'], b)),
        role,
      ).to.deep.equal([...results]);
    }
  });

  it('a parent writing for a 16-year-old: the ticks are asked for, not given by the young person', () => {
    const r = build({ birthDate: '01-01-2010', consents: ['school'] });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.consents).to.deep.equal({
      consenter: 'young-person',
      status: 'to-be-obtained',
      parties: { ppr: false, 'health-visitor': false, school: true, 'family-department': false },
    });
  });

  it('a young person under 15 writing alone consents to nothing on the parents\u2019 behalf', () => {
    const r = build({
      role: 'young-person',
      birthDate: '01-01-2013',
      consents: ['ppr', 'school'],
      parentsKnow: 'yes',
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(Object.values(r.value.consents.parties)).to.deep.equal([false, false, false, false]);
    expect(r.value.contact.parentsKnow).to.equal(undefined);
  });

  it('asks about the parents only for a young person of 15 or more', () => {
    const r = build({
      role: 'young-person',
      birthDate: '01-01-2010',
      parentsKnow: 'no',
      parentsMayBeContacted: 'yes',
    });
    expect(r.ok && r.value.contact).to.deep.include({
      parentsKnow: false,
      parentsMayBeContacted: true,
    });
    const p = build({ parentsKnow: 'no' });
    expect(p.ok && p.value.contact.parentsKnow).to.equal(undefined);
  });

  it('adds the professional, CPR and the offer only when they apply', () => {
    const r = build(
      { role: 'professional', proRole: ' Lærer ', proWorkplace: 'Skolen', familyAgrees: true },
      { cpr: '2412144321', offer: { municipality: '101', offerId: 'kbh-entre' } },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.writer.professional).to.deep.equal({
      role: 'Lærer',
      workplace: 'Skolen',
      familyKnowsAndAgrees: true,
    });
    expect(r.value.child.cpr).to.equal('241214-4321');
    expect(r.value.offer).to.deep.equal({ municipality: '101', offerId: 'kbh-entre' });
  });

  it('refuses what breaks the contract instead of sending it', () => {
    const r = build({ role: 'professional', familyAgrees: false, proRole: 'x', proWorkplace: 'y' });
    expect(r.ok).to.equal(false);
  });
});
