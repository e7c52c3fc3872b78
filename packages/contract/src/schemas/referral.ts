import * as z from 'zod/mini';
import {
  ContractVersion,
  ConcernId,
  Email,
  Id,
  IsoDate,
  IsoDateTime,
  MunicipalityCode,
  RequiredText,
  Text,
} from './common.js';
import {
  CALLBACK_PHONE_PATTERN,
  isCallbackPhone,
  WRITER_ROLES,
  SAFETY_ANSWERS,
  CONSENT_PARTIES,
  TRIED,
} from './constants.js';
export {
  CALLBACK_PHONE_PATTERN,
  isCallbackPhone,
  WRITER_ROLES,
  SAFETY_ANSWERS,
  CONSENT_PARTIES,
  TRIED,
};

/**
 * A number the offer can call the family back on (`CALLBACK_PHONE_PATTERN`): 8 Danish digits,
 * optionally after +45 or 0045, or a leading + and 7-15 digits. The general `Phone` (which
 * lets an offer or a crisis line write "112") is not enough for a family's own number.
 */
export const CallbackPhone = z
  .string()
  .check(
    z.regex(
      CALLBACK_PHONE_PATTERN,
      'Expected a phone number to call back: 8 digits, e.g. "12 34 56 78" or "+45 12 34 56 78", or + and 7-15 digits',
    ),
  );

/** A CPR number, DDMMYY-SSSS: format and date only; no modulus-11 (numbers since 2007 may fail it). */
export const Cpr = z
  .string()
  .check(z.regex(/^\d{6}-?\d{4}$/, 'Expected a CPR number as DDMMYY-XXXX'));

export const CustodyHolder = z.object({
  name: RequiredText(200),
  phone: z.optional(CallbackPhone),
  email: z.optional(Email),
});

const Scale = z
  .number()
  .check(
    z.int(),
    z.gte(0),
    z.lte(3),
    z.describe('0 not at all, 1 a little, 2 quite a lot, 3 a great deal'),
  );

/**
 * The self-referral: what the pre-talk needs, and optional depth. Collected by
 * `<lt-referral-widget>`, sent only to the host's backend.
 *
 * Changed in contract 2.0.0 (from 1.x), for hosts:
 * - `consents.givenBy` is gone. `consents.consenter` says whose consent it is by the child's
 *   age (`custody-holders` under 15, `young-person` from 15), and `consents.status` says
 *   whether that person gave it here (`given`: a young person of 15+ writing about herself,
 *   or a parent about a child under 15) or it is still `to-be-obtained` (a parent of a
 *   15-17-year-old, a foster carer, a professional, a child under 15 writing alone). A 1.x
 *   `givenBy: 'young-person'` written by a parent was not the young person's consent.
 * - With `to-be-obtained`, `parties` is what the writer asks to be shared; nothing may be
 *   obtained or shared before the consenter has said yes.
 * - `writer.role` may be `foster-carer` (foster parent or residential staff).
 * - `contact.phone` and `custodyHolders[].phone` are `CallbackPhone`: a 7-digit or otherwise
 *   undiallable number is refused.
 */
export const Referral = z.object({
  contractVersion: ContractVersion,
  consentTextVersion: RequiredText(40).check(
    z.describe('Version of the consent text the family saw.'),
  ),
  writer: z.object({
    role: z.enum(WRITER_ROLES).check(z.describe('Who is getting in touch.')),
    name: z.optional(Text(200)),
    professional: z.optional(
      z.object({
        role: RequiredText(120).check(z.describe('e.g. "Skolepsykolog", "AKT-lærer".')),
        workplace: RequiredText(200),
        familyKnowsAndAgrees: z.literal(true, { error: 'The family must know and agree' }),
      }),
    ),
  }),
  child: z.object({
    name: RequiredText(200),
    birthDate: IsoDate,
    cpr: z.optional(
      Cpr.check(
        z.describe('Only when the host enables CPR; never logged, only in the submission.'),
      ),
    ),
    school: z.optional(Text(200)),
    className: z.optional(Text(40)),
    municipality: MunicipalityCode,
    sex: z.optional(
      z
        .enum(['female', 'male', 'other', 'unknown'])
        .check(z.describe('FHIR administrative gender, only when the family gives it.')),
    ),
  }),
  custodyHolders: z.optional(z.array(CustodyHolder).check(z.maxLength(2))),
  contact: z.object({
    phone: z.optional(CallbackPhone),
    email: z.optional(Email),
    goodTimes: z.optional(Text(300)),
    mayLeaveMessage: z.optional(z.boolean()),
    parentsKnow: z.optional(
      z.boolean().check(z.describe('Young person 15+: do the parents know?')),
    ),
    parentsMayBeContacted: z.optional(z.boolean()),
  }),
  concerns: z.array(ConcernId),
  ownWords: z.optional(Text(10_000).check(z.describe('What is hard, in their own words.'))),
  duration: z.optional(z.enum(['under-1-month', '1-6-months', 'over-6-months'])),
  impact: z.optional(
    z.object({
      school: z.optional(Scale),
      sleep: z.optional(Scale),
      friends: z.optional(Scale),
      family: z.optional(Scale),
    }),
  ),
  tried: z.optional(z.array(z.enum(TRIED))),
  activePsychiatricTreatment: z.optional(z.boolean()),
  safety: z
    .enum(SAFETY_ANSWERS)
    .check(z.describe('Thoughts of self-harm or of not wanting to live.')),
  urgent: z.boolean().check(z.describe('True when the safety answer is yes or unsure.')),
  consents: z.object({
    consenter: z
      .enum(['custody-holders', 'young-person'])
      .check(
        z.describe(
          "Whose consent it is, by the child's age: the custody holders under 15, the young person from 15.",
        ),
      ),
    status: z
      .enum(['given', 'to-be-obtained'])
      .check(
        z.describe(
          'given: the consenter wrote this referral (a young person of 15+ about herself, a parent about a child under 15). to-be-obtained: someone else wrote it; ask the consenter before obtaining or sharing anything.',
        ),
      ),
    parties: z
      .record(z.enum(CONSENT_PARTIES), z.boolean())
      .check(
        z.describe(
          'Obtain and share information with each party: yes/no. With to-be-obtained, what the writer asks for, still to be confirmed by the consenter.',
        ),
      ),
  }),
  offer: z.optional(
    z.object({ municipality: MunicipalityCode, offerId: z.optional(Id), courseId: z.optional(Id) }),
  ),
  submittedAt: IsoDateTime,
});

/** What the host answers to a submission. */
export const ReferralReceipt = z.object({
  reference: RequiredText(80).check(z.describe("The host's reference, shown to the family.")),
  receivedAt: z.optional(IsoDateTime),
});

export type Referral = z.infer<typeof Referral>;
export type ReferralReceipt = z.infer<typeof ReferralReceipt>;

/** The offer a family came from: the parts of an `lt-offer-select` detail the referral uses. */
export const OfferPrefill = z.object({
  municipality: MunicipalityCode,
  offerId: z.optional(Id),
  courseId: z.optional(Id),
});
export type OfferPrefill = z.infer<typeof OfferPrefill>;
