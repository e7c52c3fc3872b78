import { expect } from '@open-wc/testing';
import {
  CONTRACT_VERSION,
  JournalCase,
  LtJourneyError,
  caseFromReferral,
  lttThemesFor,
  migrateConsents,
  validate,
} from '../../src/index.js';
import { receipt, referral1, referral2 } from './helpers.js';

/** The error a call throws (fails the test when it does not throw one). */
function thrown(call: () => unknown): LtJourneyError {
  try {
    call();
  } catch (error) {
    expect(error).to.be.instanceOf(LtJourneyError);
    return error as LtJourneyError;
  }
  throw new Error('expected an LtJourneyError');
}

describe('caseFromReferral: a referral becomes the case it starts', () => {
  it('builds a valid case: contact in Copenhagen time, digital, who wrote, concerns, child, custody holders', () => {
    const c = caseFromReferral(
      referral2({ child: { ...(referral2().child as object), sex: 'female' } }),
      receipt,
    );
    expect(validate(JournalCase, c).ok).to.equal(true);
    expect(c.id).to.equal('LT-2026-0042');
    // 23:30:05 in Copenhagen on 22 November is 22:30 UTC: the day is the 22nd either way;
    // the edge below checks a receipt just after midnight.
    expect(c.contact).to.deep.include({
      date: '2026-11-22',
      channel: 'digital',
      by: 'parent',
      reason: 'Hun har ondt i maven hver morgen.',
      concerns: ['worry', 'school-absence'],
    });
    expect(lttThemesFor(c.contact!.concerns!)).to.deep.equal([
      '95c5e9fc-33b7-4d85-9417-64fc3164eb4c',
      'cc829c98-5904-45da-b777-2af5693e78e9',
    ]);
    expect(c.child).to.deep.equal({
      name: 'Ida Jensen',
      birthDate: '2015-03-09',
      sex: 'female',
      municipality: '101',
      school: 'Bakkeskolen',
      className: '5.B',
      custodyHolders: [{ name: 'Mette Jensen', phone: '12 34 56 78' }],
    });
  });

  it('dates the contact by the Copenhagen day of the receipt, not the UTC day', () => {
    const c = caseFromReferral(referral2(), {
      reference: 'R-1',
      receivedAt: '2026-11-22T23:10:00Z', // 00:10 on the 23rd in Copenhagen
    });
    expect(c.contact!.date).to.equal('2026-11-23');
    const summer = caseFromReferral(referral2(), {
      reference: 'R-2',
      receivedAt: '2026-06-30T22:30:00Z', // 00:30 on 1 July (summer time, +02:00)
    });
    expect(summer.contact!.date).to.equal('2026-07-01');
    const noTime = caseFromReferral(referral2(), { reference: 'R-3' });
    expect(noTime.contact!.date, 'falls back to when it was sent').to.equal('2026-11-22');
  });

  it('records nothing the referral does not say', () => {
    const {
      ownWords: _w,
      custodyHolders: _h,
      ...bare
    } = referral2({
      child: { name: 'Ida', birthDate: '2015-03-09', municipality: '751' },
      concerns: [],
      consents: {
        consenter: 'custody-holders',
        status: 'given',
        parties: { ppr: false, 'health-visitor': false, school: false, 'family-department': false },
      },
    });
    const c = caseFromReferral(bare, receipt);
    expect(c.child).to.deep.equal({ name: 'Ida', birthDate: '2015-03-09', municipality: '751' });
    expect(c.contact).to.deep.equal({
      date: '2026-11-22',
      channel: 'digital',
      by: 'parent',
      safety: 'no',
      urgent: false,
    });
    for (const key of ['consents', 'coordination', 'preTalk', 'screening', 'plan', 'responsible'])
      expect(c, key).not.to.have.property(key);
  });

  it('one consent per ticked party, from its true giver, to be obtained when the referral says so', () => {
    const given = caseFromReferral(referral2(), receipt);
    expect(given.consents).to.deep.equal([
      {
        party: 'ppr',
        scope: 'both',
        givenBy: 'custody-holders',
        date: '2026-11-22',
        status: 'given',
      },
      {
        party: 'school',
        scope: 'both',
        givenBy: 'custody-holders',
        date: '2026-11-22',
        status: 'given',
      },
    ]);
    const pending = caseFromReferral(
      referral2({
        child: { name: 'Sara', birthDate: '2010-01-05', municipality: '101' },
        consents: {
          consenter: 'young-person',
          status: 'to-be-obtained',
          parties: {
            ppr: true,
            'health-visitor': false,
            school: false,
            'family-department': false,
          },
        },
      }),
      receipt,
    );
    expect(pending.consents).to.deep.equal([
      {
        party: 'ppr',
        scope: 'both',
        givenBy: 'young-person',
        date: '2026-11-22',
        status: 'to-be-obtained',
      },
    ]);
  });

  it('reads a 1.x referral honestly: givenBy young-person ticked by a parent is still to be obtained', () => {
    const c = caseFromReferral(
      referral1({
        child: { name: 'Sara', birthDate: '2010-01-05', municipality: '101' },
        consents: {
          givenBy: 'young-person',
          parties: {
            ppr: true,
            'health-visitor': false,
            school: false,
            'family-department': false,
          },
        },
      }),
      receipt,
    );
    expect(c.consents![0]).to.deep.include({ givenBy: 'young-person', status: 'to-be-obtained' });
    // Each writer against each giver: given only when the giver wrote it.
    const parties = { ppr: true };
    const rows = [
      ['young-person', 'young-person', 'given'],
      ['young-person', 'parent', 'to-be-obtained'],
      ['young-person', 'professional', 'to-be-obtained'],
      ['custody-holders', 'parent', 'given'],
      ['custody-holders', 'young-person', 'to-be-obtained'],
      ['custody-holders', 'professional', 'to-be-obtained'],
    ] as const;
    for (const [givenBy, writer, status] of rows)
      expect(
        migrateConsents({ givenBy, parties }, writer).status,
        `${givenBy} by ${writer}`,
      ).to.equal(status);
    expect(caseFromReferral(referral1(), receipt).consents![0]!).to.deep.include({
      status: 'given',
    });
  });

  it('keeps the safety answer and makes "yes" or "not sure" urgent, whatever the flag says', () => {
    for (const [safety, flag, urgent] of [
      ['no', false, false],
      ['yes', true, true],
      ['unsure', true, true],
      ['yes', false, true],
      ['unsure', false, true],
    ] as const) {
      const c = caseFromReferral(referral2({ safety, urgent: flag }), receipt);
      expect(c.contact, `${safety}/${flag}`).to.deep.include({ safety, urgent });
    }
  });

  it('names the professional who helped, and who wrote', () => {
    const c = caseFromReferral(
      referral2({
        writer: {
          role: 'professional',
          name: 'Lise Holm',
          professional: {
            role: 'Skolepsykolog',
            workplace: 'Bakkeskolen',
            familyKnowsAndAgrees: true,
          },
        },
      }),
      receipt,
    );
    expect(c.contact!.by).to.equal('professional');
    expect(c.coordination).to.deep.equal([
      {
        partner: 'other',
        date: '2026-11-22',
        note: 'Hjalp med henvendelsen: Lise Holm, Skolepsykolog, Bakkeskolen',
      },
    ]);
  });

  it('a foster carer who writes is not made a parent, and the custody holders still consent', () => {
    const c = caseFromReferral(
      referral2({
        writer: { role: 'foster-carer', name: 'Anne Plejemor' },
        consents: {
          consenter: 'custody-holders',
          status: 'to-be-obtained',
          parties: {
            ppr: true,
            'health-visitor': false,
            school: false,
            'family-department': false,
          },
        },
      }),
      receipt,
    );
    expect(c.contact?.by, 'a foster carer got in touch, not a parent').to.equal('foster-carer');
    expect(c.consents).to.deep.equal([
      {
        party: 'ppr',
        scope: 'both',
        givenBy: 'custody-holders',
        date: '2026-11-22',
        status: 'to-be-obtained',
      },
    ]);
    expect(
      migrateConsents({ givenBy: 'custody-holders', parties: {} }, 'foster-carer').status,
    ).to.equal('to-be-obtained');
  });

  it('derives nothing from a CPR number that disagrees with the birth date, and checks it', () => {
    const ok = caseFromReferral(
      referral2({
        child: { name: 'Ida', birthDate: '2015-03-09', cpr: '090315-4321', municipality: '101' },
      }),
      receipt,
    );
    expect(ok.child.birthDate).to.equal('2015-03-09');
    expect(ok.child, 'the CPR number is not copied into the case').not.to.have.property('cpr');
    const wrong = thrown(() =>
      caseFromReferral(
        referral2({
          child: { name: 'Ida', birthDate: '2015-03-09', cpr: '100315-4321', municipality: '101' },
        }),
        receipt,
      ),
    );
    expect(wrong.issues.map((i) => i.path)).to.deep.equal(['child.cpr']);
  });

  it('fails with a typed error naming every path, never a half-built case', () => {
    const e = thrown(() =>
      caseFromReferral(
        referral2({
          child: { name: 'Ida', birthDate: '2015-02-30', municipality: '1010' },
          consents: { consenter: 'grandmother', status: 'given', parties: {} },
        }),
        { receivedAt: 'yesterday' },
      ),
    );
    const paths = e.issues.map((i) => i.path);
    expect(paths).to.include.members([
      'child.birthDate',
      'child.municipality',
      'consents.consenter',
      'receipt.reference',
      'receipt.receivedAt',
    ]);
    expect(e.message).to.match(/^Referral not read: /);
    expect(e.message, 'no value is echoed').not.to.contain('2015-02-30');
    expect(thrown(() => caseFromReferral(null, receipt)).issues[0]!.path).to.equal(
      'contractVersion',
    );
    const id = thrown(() => caseFromReferral(referral2(), { reference: 'Ref 42 / Ida' }));
    expect(id.issues.map((i) => i.path)).to.deep.equal(['receipt.reference']);
    expect(
      caseFromReferral(referral2(), { reference: 'Ref 42' }, { caseId: 'case-42' }).id,
    ).to.equal('case-42');
  });

  it('refuses a referral from an unknown contract version with a clear message', () => {
    const e = thrown(() => caseFromReferral(referral2({ contractVersion: '3.0.0' }), receipt));
    expect(e.issues).to.deep.equal([
      {
        path: 'contractVersion',
        message: `A referral of contract "3.0.0" cannot be read: this package reads 1.x and 2.x (it speaks ${CONTRACT_VERSION})`,
      },
    ]);
  });

  it('passes hostile strings through as text, unchanged', () => {
    const hostile = '<img src=x onerror=alert(1)> "Robert\'); DROP TABLE cases;--" &amp; \u202e';
    const c = caseFromReferral(
      referral2({
        child: { name: hostile, birthDate: '2015-03-09', school: hostile, municipality: '101' },
        ownWords: hostile,
        custodyHolders: [{ name: hostile }],
      }),
      receipt,
    );
    expect(c.child.name).to.equal(hostile);
    expect(c.child.school).to.equal(hostile);
    expect(c.contact!.reason).to.equal(hostile);
    expect(c.child.custodyHolders![0]!.name).to.equal(hostile);
  });

  it('keeps long own words whole up to the case limit, then cuts at a word with "…"', () => {
    const words = 'ord '.repeat(1500).trim(); // 5,999 characters
    const c = caseFromReferral(referral2({ ownWords: words }), receipt);
    expect(c.contact!.reason!.length).to.be.at.most(2000);
    expect(c.contact!.reason!.endsWith('ord…')).to.equal(true);
    expect(validate(JournalCase, c).ok).to.equal(true);
  });
});
