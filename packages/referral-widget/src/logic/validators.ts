import { EMAIL_PATTERN, isCallbackPhone, municipalityByCode } from '@lettilbud/contract';
import { cprProblem } from './cpr.js';
import { ageInfo, parseBirthDate } from './dates.js';
import { STEPS, type ReferralForm, type StepId } from './form.js';

/**
 * The form's rules as small pure functions, one per step (Material Web's validator idea):
 * each returns the problems as `{ field, code }`. The element maps a code to a sentence in
 * the family's language and a field id to the control to focus. Nothing here touches the DOM.
 */
export type ErrorCode =
  | 'required'
  | 'too-long'
  | 'role-required'
  | 'agree-required'
  | 'date-invalid'
  | 'date-future'
  | 'age-out-of-range'
  | 'municipality-required'
  | 'cpr-format'
  | 'cpr-date'
  | 'cpr-mismatch'
  | 'hard-required'
  | 'safety-required'
  | 'reach-required'
  | 'phone-invalid'
  | 'email-invalid'
  | 'holder-name-required';

export interface FieldError {
  /** The id of the control to focus: a form key, `hard`, or `holder0-name` and so on. */
  readonly field: string;
  readonly code: ErrorCode;
  /** The limit, for `too-long`. */
  readonly max?: number;
}

export interface ValidationContext {
  /** Today in Copenhagen, YYYY-MM-DD. */
  readonly today: string;
  /** Whether the host asked for a CPR number. */
  readonly cprEnabled: boolean;
  /** The CPR number typed (kept out of the form and the draft). */
  readonly cpr: string;
}

type Check = (form: ReferralForm, ctx: ValidationContext) => FieldError[];

/** Required text: present, trimmed, and not longer than `max`. */
export function requiredText(field: string, value: string, max: number): FieldError[] {
  if (!value.trim()) return [{ field, code: 'required' }];
  return maxLength(field, value, max);
}

export function maxLength(field: string, value: string, max: number): FieldError[] {
  return value.trim().length > max ? [{ field, code: 'too-long', max }] : [];
}

/** The family's own number must be one the offer can call back: the contract's `isCallbackPhone`. */
export function phoneProblem(field: string, value: string): FieldError[] {
  return value.trim() && !isCallbackPhone(value) ? [{ field, code: 'phone-invalid' }] : [];
}

export function emailProblem(field: string, value: string): FieldError[] {
  return value.trim() && !EMAIL_PATTERN.test(value.trim())
    ? [{ field, code: 'email-invalid' }]
    : [];
}

export const validateWho: Check = (form) => {
  const errors: FieldError[] = [];
  if (!form.role) errors.push({ field: 'role', code: 'role-required' });
  errors.push(...maxLength('writerName', form.writerName, 200));
  if (form.role === 'professional') {
    errors.push(...requiredText('proRole', form.proRole, 120));
    errors.push(...requiredText('proWorkplace', form.proWorkplace, 200));
    if (!form.familyAgrees) errors.push({ field: 'familyAgrees', code: 'agree-required' });
  }
  return errors;
};

export function birthDateProblem(value: string, today: string): FieldError[] {
  const field = 'birthDate';
  if (!value.trim()) return [{ field, code: 'required' }];
  const iso = parseBirthDate(value);
  if (!iso) return [{ field, code: 'date-invalid' }];
  if (iso > today) return [{ field, code: 'date-future' }];
  const info = ageInfo(value, today);
  return info && info.fit !== 'in-range' ? [{ field, code: 'age-out-of-range' }] : [];
}

export const validateChild: Check = (form, ctx) => {
  const errors = [
    ...requiredText('childName', form.childName, 200),
    ...birthDateProblem(form.birthDate, ctx.today),
  ];
  if (!municipalityByCode(form.municipality))
    errors.push({ field: 'municipality', code: 'municipality-required' });
  if (ctx.cprEnabled && ctx.cpr.trim()) {
    const problem = cprProblem(ctx.cpr, parseBirthDate(form.birthDate));
    if (problem) errors.push({ field: 'cpr', code: `cpr-${problem}` });
  }
  return errors;
};

export const validateHard: Check = (form) => {
  if (form.concerns.length === 0 && !form.ownWords.trim())
    return [{ field: 'hard', code: 'hard-required' }];
  return maxLength('ownWords', form.ownWords, 10_000);
};

export const validateSafety: Check = (form) =>
  form.safety ? [] : [{ field: 'safety', code: 'safety-required' }];

export const validateContact: Check = (form) => {
  const errors: FieldError[] = [];
  if (!form.phone.trim() && !form.email.trim())
    errors.push({ field: 'phone', code: 'reach-required' });
  errors.push(...phoneProblem('phone', form.phone), ...emailProblem('email', form.email));
  errors.push(...maxLength('goodTimes', form.goodTimes, 300));
  return errors;
};

export const validateMore: Check = (form) => {
  const errors = [
    ...maxLength('school', form.school, 200),
    ...maxLength('className', form.className, 40),
  ];
  form.custodyHolders.forEach((holder, i) => {
    const filled = holder.name.trim() || holder.phone.trim() || holder.email.trim();
    if (!filled) return;
    errors.push(...requiredText(`holder${i}-name`, holder.name, 200));
    errors.push(...phoneProblem(`holder${i}-phone`, holder.phone));
    errors.push(...emailProblem(`holder${i}-email`, holder.email));
  });
  return errors;
};

const NONE: Check = () => [];

const CHECKS: Record<StepId, Check> = {
  who: validateWho,
  child: validateChild,
  hard: validateHard,
  safety: validateSafety,
  contact: validateContact,
  more: validateMore,
  consent: NONE,
  review: NONE,
};

/** The problems on one step. */
export function validateStep(
  step: StepId,
  form: ReferralForm,
  ctx: ValidationContext,
): FieldError[] {
  return CHECKS[step](form, ctx);
}

/** The first step with a problem, for the review step's last check; null when all is well. */
export function firstInvalidStep(form: ReferralForm, ctx: ValidationContext): StepId | null {
  return STEPS.find((step) => validateStep(step, form, ctx).length > 0) ?? null;
}
