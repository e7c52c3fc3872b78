import type * as z from 'zod/mini';
import type { CustodyHolderForm, ReferralDraft, ReferralForm } from './form-schema.js';

/** What the family has typed so far (see form-schema.ts, which checks a restored draft). */
export type ReferralForm = z.infer<typeof ReferralForm>;
export type CustodyHolderForm = z.infer<typeof CustodyHolderForm>;
export type ImpactKey = 'impactSchool' | 'impactSleep' | 'impactFriends' | 'impactFamily';
export const IMPACT_KEYS: readonly ImpactKey[] = [
  'impactSchool',
  'impactSleep',
  'impactFriends',
  'impactFamily',
];

/** The steps, in order. `more` is optional and skippable in one press. */
export const STEPS = [
  'who',
  'child',
  'hard',
  'safety',
  'contact',
  'more',
  'consent',
  'review',
] as const;
export type StepId = (typeof STEPS)[number];

/** What the draft store keeps (see form-schema.ts). */
export type ReferralDraft = z.infer<typeof ReferralDraft>;

export function emptyForm(): ReferralForm {
  return {
    role: '',
    writerName: '',
    proRole: '',
    proWorkplace: '',
    familyAgrees: false,
    childName: '',
    birthDate: '',
    municipality: '',
    school: '',
    className: '',
    custodyHolders: [],
    concerns: [],
    ownWords: '',
    duration: '',
    impactSchool: '',
    impactSleep: '',
    impactFriends: '',
    impactFamily: '',
    tried: [],
    activeTreatment: '',
    safety: '',
    phone: '',
    email: '',
    goodTimes: '',
    mayLeaveMessage: '',
    parentsKnow: '',
    parentsMayBeContacted: '',
    consents: [],
  };
}

/** Whether the safety answer calls for crisis help now and an urgent flag. */
export function isUrgent(form: Pick<ReferralForm, 'safety'>): boolean {
  return form.safety === 'yes' || form.safety === 'unsure';
}
