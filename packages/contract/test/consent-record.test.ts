import { expect } from '@open-wc/testing';
import {
  CrisisContact,
  Phone,
  WRITER_ROLES,
  consentRecord,
  isCallbackPhone,
  type WriterRole,
} from '../src/index.js';

/** Whose consent a referral needs, and whether the writer gave it (issue 13). */
describe('consentRecord(writerRole, age)', () => {
  const expected: Record<WriterRole, Record<14 | 15 | 17, string>> = {
    'young-person': {
      14: 'custody-holders/to-be-obtained',
      15: 'young-person/given',
      17: 'young-person/given',
    },
    parent: {
      14: 'custody-holders/given',
      15: 'young-person/to-be-obtained',
      17: 'young-person/to-be-obtained',
    },
    'foster-carer': {
      14: 'custody-holders/to-be-obtained',
      15: 'young-person/to-be-obtained',
      17: 'young-person/to-be-obtained',
    },
    professional: {
      14: 'custody-holders/to-be-obtained',
      15: 'young-person/to-be-obtained',
      17: 'young-person/to-be-obtained',
    },
  };

  for (const role of WRITER_ROLES) {
    for (const age of [14, 15, 17] as const) {
      it(`${role} writing about a child of ${age}: ${expected[role][age]}`, () => {
        const r = consentRecord(role, age);
        expect(`${r.consenter}/${r.status}`).to.equal(expected[role][age]);
      });
    }
  }

  it('covers every writer role, foster carers included', () => {
    expect([...WRITER_ROLES].sort()).to.deep.equal(Object.keys(expected).sort());
  });

  it('at the ends of the target group: 5 and 17 follow the same rule', () => {
    expect(consentRecord('parent', 5)).to.deep.equal({
      consenter: 'custody-holders',
      status: 'given',
    });
    expect(consentRecord('young-person', 5).status).to.equal('to-be-obtained');
  });
});

describe('isCallbackPhone: a number the offer can call back', () => {
  it('accepts Danish 8-digit numbers with or without +45 / 0045, spaces allowed', () => {
    for (const n of [
      '12345678',
      '12 34 56 78',
      '+4512345678',
      '+45 12 34 56 78',
      '0045 12345678',
      ' 87 65 43 21 ',
      '12  34 56 78',
    ])
      expect(isCallbackPhone(n), n).to.equal(true);
  });

  it('accepts another country with + and 7-15 digits', () => {
    for (const n of ['+46 8 123 456 78', '+1 212 555 0100', '+3541234567', '+354 123 4567'])
      expect(isCallbackPhone(n), n).to.equal(true);
  });

  it('refuses 7 or 9 Danish digits, a leading 0, short codes, letters and stray signs', () => {
    for (const n of [
      '1234567',
      '123456789',
      '+45 1234567',
      '0045 123456789',
      '02345678',
      '112',
      '116 111',
      '+12345',
      '+1234567890123456',
      '12-34-56-78',
      'tolv 34 56 78',
      '',
    ])
      expect(isCallbackPhone(n), n).to.equal(false);
  });

  it("leaves the general Phone alone: offers' and crisis lines' numbers stay valid", () => {
    for (const n of ['112', '116 111', '70 201 201', '1813', '33 17 33 17'])
      expect(Phone.safeParse(n).success, n).to.equal(true);
    expect(CrisisContact.safeParse({ name: 'BørneTelefonen', phone: '116 111' }).success).to.equal(
      true,
    );
  });
});
