import * as z from 'zod/mini';
import {
  CONCERN_IDS,
  CONSENT_PARTIES,
  SAFETY_ANSWERS,
  TRIED,
  WRITER_ROLES,
} from '@lettilbud/contract';
import { STEPS } from './form.js';

/**
 * What the family has typed so far, exactly as typed: every field a string, boolean or list,
 * so a half-filled form is always a valid draft. Parsing into the contract's `Referral`
 * happens once, at review (build-referral.ts). The schema also checks a restored draft:
 * one written by another version of the widget, or tampered with, is dropped, not trusted.
 */
const Str = z.string().check(z.maxLength(20_000));
const YesNo = z.enum(['', 'yes', 'no']);
const ScaleAnswer = z.enum(['', '0', '1', '2', '3']);

export const CustodyHolderForm = z.object({ name: Str, phone: Str, email: Str });

export const ReferralForm = z.object({
  role: z.enum(['', ...WRITER_ROLES]),
  writerName: Str,
  proRole: Str,
  proWorkplace: Str,
  familyAgrees: z.boolean(),
  childName: Str,
  birthDate: Str,
  municipality: Str,
  school: Str,
  className: Str,
  custodyHolders: z.array(CustodyHolderForm).check(z.maxLength(2)),
  concerns: z.array(z.enum(CONCERN_IDS)),
  ownWords: Str,
  duration: z.enum(['', 'under-1-month', '1-6-months', 'over-6-months']),
  impactSchool: ScaleAnswer,
  impactSleep: ScaleAnswer,
  impactFriends: ScaleAnswer,
  impactFamily: ScaleAnswer,
  tried: z.array(z.enum(TRIED)),
  activeTreatment: YesNo,
  safety: z.enum(['', ...SAFETY_ANSWERS]),
  phone: Str,
  email: Str,
  goodTimes: Str,
  mayLeaveMessage: YesNo,
  parentsKnow: YesNo,
  parentsMayBeContacted: YesNo,
  consents: z.array(z.enum(CONSENT_PARTIES)),
});

/**
 * What the draft store keeps: the form, where the family was, and the idempotency key of a
 * submission that was tried but not confirmed (so a retry after a reload is still the same
 * submission). The CPR number is deliberately not part of it: a national identifier does
 * not go into web storage.
 */
export const ReferralDraft = z.object({
  form: ReferralForm,
  step: z.enum(STEPS),
  idempotencyKey: z.optional(z.string().check(z.maxLength(100))),
});
