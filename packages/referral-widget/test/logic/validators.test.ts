import { expect } from '@open-wc/testing';
import { contractSchemas } from '@lettilbud/contract';
import {
  birthDateProblem,
  phoneProblem,
  firstInvalidStep,
  validateChild,
  validateContact,
  validateHard,
  validateMore,
  validateSafety,
  validateStep,
  validateWho,
  type ValidationContext,
} from '../../src/logic/validators.js';
import { STEPS, emptyForm, type ReferralForm } from '../../src/logic/form.js';

const ctx: ValidationContext = { today: '2026-11-23', cprEnabled: false, cpr: '' };
const form = (patch: Partial<ReferralForm> = {}): ReferralForm => ({ ...emptyForm(), ...patch });
const codes = (errors: { field: string; code: string }[]) =>
  errors.map((e) => `${e.field}:${e.code}`);

const complete = form({
  role: 'parent',
  childName: 'Alma',
  birthDate: '24-12-2014',
  municipality: '101',
  concerns: ['worry'],
  safety: 'no',
  phone: '12 34 56 78',
});

describe('referral validators', () => {
  it('who: a role is required', () => {
    expect(codes(validateWho(form(), ctx))).to.deep.equal(['role:role-required']);
    expect(validateWho(form({ role: 'parent' }), ctx)).to.deep.equal([]);
  });

  it('who: a professional names role, workplace and confirms the family agrees', () => {
    expect(codes(validateWho(form({ role: 'professional' }), ctx))).to.deep.equal([
      'proRole:required',
      'proWorkplace:required',
      'familyAgrees:agree-required',
    ]);
    expect(
      validateWho(
        form({
          role: 'professional',
          proRole: 'Lærer',
          proWorkplace: 'Skolen',
          familyAgrees: true,
        }),
        ctx,
      ),
    ).to.deep.equal([]);
  });

  it('who: whitespace is not an answer, and texts have limits', () => {
    const errors = validateWho(
      form({
        role: 'professional',
        proRole: '   ',
        proWorkplace: 'x'.repeat(201),
        familyAgrees: true,
        writerName: 'y'.repeat(201),
      }),
      ctx,
    );
    expect(codes(errors)).to.deep.equal([
      'writerName:too-long',
      'proRole:required',
      'proWorkplace:too-long',
    ]);
    expect(errors[0]!.max).to.equal(200);
  });

  it('child: name, a real past date of birth and a known municipality', () => {
    expect(codes(validateChild(form(), ctx))).to.deep.equal([
      'childName:required',
      'birthDate:required',
      'municipality:municipality-required',
    ]);
    expect(
      codes(
        validateChild(form({ childName: 'A', birthDate: '31-02-2015', municipality: '999' }), ctx),
      ),
    ).to.deep.equal(['birthDate:date-invalid', 'municipality:municipality-required']);
    expect(validateChild(complete, ctx)).to.deep.equal([]);
  });

  it('child: dates in the future and ages outside 5-17', () => {
    expect(codes(birthDateProblem('24-11-2026', ctx.today))).to.deep.equal([
      'birthDate:date-future',
    ]);
    expect(codes(birthDateProblem('24-11-2021', ctx.today))).to.deep.equal([
      'birthDate:age-out-of-range',
    ]); // 4
    expect(birthDateProblem('23-11-2021', ctx.today)).to.deep.equal([]); // 5 today
    expect(birthDateProblem('23-11-2009', ctx.today)).to.deep.equal([]); // 17
    expect(codes(birthDateProblem('22-11-2008', ctx.today))).to.deep.equal([
      'birthDate:age-out-of-range',
    ]); // 18
  });

  it('child: CPR only when enabled and typed; format, date and match with the birth date', () => {
    const on = (cpr: string) => ({ ...ctx, cprEnabled: true, cpr });
    expect(validateChild(complete, on(''))).to.deep.equal([]);
    expect(validateChild(complete, { ...ctx, cpr: 'nonsense' })).to.deep.equal([]);
    expect(codes(validateChild(complete, on('12345')))).to.deep.equal(['cpr:cpr-format']);
    expect(codes(validateChild(complete, on('321214-4321')))).to.deep.equal(['cpr:cpr-date']);
    expect(codes(validateChild(complete, on('251214-4321')))).to.deep.equal(['cpr:cpr-mismatch']);
    expect(validateChild(complete, on('241214-4321'))).to.deep.equal([]);
  });

  it('hard: concerns or own words, own words at most 10,000 characters', () => {
    expect(codes(validateHard(form(), ctx))).to.deep.equal(['hard:hard-required']);
    expect(codes(validateHard(form({ ownWords: '  ' }), ctx))).to.deep.equal([
      'hard:hard-required',
    ]);
    expect(validateHard(form({ ownWords: 'Hun sover dårligt' }), ctx)).to.deep.equal([]);
    expect(validateHard(form({ concerns: ['sadness'] }), ctx)).to.deep.equal([]);
    expect(validateHard(form({ ownWords: 'a'.repeat(10_000) }), ctx)).to.deep.equal([]);
    expect(codes(validateHard(form({ ownWords: 'a'.repeat(10_001) }), ctx))).to.deep.equal([
      'ownWords:too-long',
    ]);
  });

  it('safety: must be answered', () => {
    expect(codes(validateSafety(form(), ctx))).to.deep.equal(['safety:safety-required']);
    for (const safety of ['no', 'yes', 'unsure'] as const)
      expect(validateSafety(form({ safety }), ctx)).to.deep.equal([]);
  });

  it('contact: a phone or an e-mail, each well-formed', () => {
    expect(codes(validateContact(form(), ctx))).to.deep.equal(['phone:reach-required']);
    expect(validateContact(form({ email: 'mor@example.dk' }), ctx)).to.deep.equal([]);
    expect(codes(validateContact(form({ phone: 'ring mig' }), ctx))).to.deep.equal([
      'phone:phone-invalid',
    ]);
    expect(codes(validateContact(form({ phone: '12345678', email: 'mor@' }), ctx))).to.deep.equal([
      'email:email-invalid',
    ]);
    expect(
      codes(validateContact(form({ phone: '12345678', goodTimes: 'x'.repeat(301) }), ctx)),
    ).to.deep.equal(['goodTimes:too-long']);
  });

  it('contact: a 7-digit or otherwise undiallable number is refused, the same rule as the contract', async () => {
    const { CallbackPhone } = await contractSchemas.load();
    for (const phone of ['1234567', '12 34 56 7', '+45 1234567', '112', '0012345678', '+12345'])
      expect(codes(validateContact(form({ phone }), ctx)), phone).to.deep.equal([
        'phone:phone-invalid',
      ]);
    for (const phone of [
      '12345678',
      '12 34 56 78',
      '+45 12 34 56 78',
      '0045 12345678',
      '+46 8 123 456 78',
    ])
      expect(validateContact(form({ phone }), ctx), phone).to.deep.equal([]);
    for (const phone of ['1234567', '12 34 56 78', '+45 1234567', '+46 8 123 456 78'])
      expect(CallbackPhone.safeParse(phone).success, phone).to.equal(
        phoneProblem('phone', phone).length === 0,
      );
    expect(
      codes(
        validateMore(form({ custodyHolders: [{ name: 'Mor', phone: '1234567', email: '' }] }), ctx),
      ),
    ).to.deep.equal(['holder0-phone:phone-invalid']);
  });

  it('more: all optional; a custody holder with details needs a name', () => {
    expect(validateMore(form(), ctx)).to.deep.equal([]);
    expect(
      validateMore(form({ custodyHolders: [{ name: '', phone: '', email: '' }] }), ctx),
    ).to.deep.equal([]);
    expect(
      codes(validateMore(form({ custodyHolders: [{ name: '', phone: 'abc', email: 'x@' }] }), ctx)),
    ).to.deep.equal([
      'holder0-name:required',
      'holder0-phone:phone-invalid',
      'holder0-email:email-invalid',
    ]);
    expect(codes(validateMore(form({ className: 'x'.repeat(41) }), ctx))).to.deep.equal([
      'className:too-long',
    ]);
  });

  it('the short path asks at most 12 required answers, for every role', () => {
    for (const role of ['young-person', 'parent', 'professional'] as const) {
      const required = STEPS.flatMap((s) => validateStep(s, form({ role }), ctx));
      expect(required.length, role).to.be.at.most(12);
    }
  });

  it('firstInvalidStep finds the first step with a problem', () => {
    expect(firstInvalidStep(complete, ctx)).to.equal(null);
    expect(firstInvalidStep({ ...complete, safety: '' }, ctx)).to.equal('safety');
    expect(firstInvalidStep(form(), ctx)).to.equal('who');
  });
});
