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

/** Whether the writer ticked "Gør skade på sig selv": the crisis help comes forward at once. */
export function mentionsSelfHarm(form: Pick<ReferralForm, 'concerns'>): boolean {
  return form.concerns.includes('self-harm');
}

/**
 * Whether a step already shows the crisis box (the age guide, self-harm ticked, an urgent
 * safety answer on the safety step and the review), so "Brug for hjælp nu?" jumps to it
 * instead of opening a second one.
 */
export function stepShowsCrisis(
  step: StepId,
  form: Pick<ReferralForm, 'safety' | 'concerns'>,
  ageFit: 'too-young' | 'in-range' | 'too-old' | null,
): boolean {
  switch (step) {
    case 'child':
      return ageFit !== null && ageFit !== 'in-range';
    case 'hard':
      return mentionsSelfHarm(form);
    case 'safety':
    case 'review':
      return isUrgent(form);
    default:
      return false;
  }
}
