import { ageOn } from './time.js';
import type { WRITER_ROLES } from '../schemas/constants.js';

/**
 * The offer's age rules, once: the target group is from kindergarten class (5) up to and
 * including 17; a course started at 17 may be finished after 18; from 15 the young person
 * gives consent, before that the custody holders do.
 */
export const TARGET_MIN_AGE = 5;
export const TARGET_MAX_AGE = 17;
export const CONSENT_AGE = 15;

export type AgeFit = 'too-young' | 'in-range' | 'too-old';

/** Whether an age is in the target group. */
export function ageFit(age: number): AgeFit {
  if (age < TARGET_MIN_AGE) return 'too-young';
  if (age > TARGET_MAX_AGE) return 'too-old';
  return 'in-range';
}

/** Who gives consent (to treatment and to sharing information) at this age. */
export function consentGiver(age: number): 'custody-holders' | 'young-person' {
  return age >= CONSENT_AGE ? 'young-person' : 'custody-holders';
}

export type WriterRole = (typeof WRITER_ROLES)[number];
export type Consenter = 'custody-holders' | 'young-person';
export type ConsentStatus = 'given' | 'to-be-obtained';

/**
 * Whose consent a referral needs, and whether the person writing is that person. Consent is
 * `given` only when the one who must consent is the one writing: a young person of 15 or
 * more about herself, or a parent (custody holder) about a child under 15. Everyone else
 * (a parent of a 15-17-year-old, a foster carer, a professional, a child under 15 writing
 * alone) can say what they would like shared, but the consent is still `to-be-obtained`
 * from the custody holders (under 15) or from the young person (from 15).
 */
export function consentRecord(
  writer: WriterRole,
  age: number,
): { readonly consenter: Consenter; readonly status: ConsentStatus } {
  const consenter = consentGiver(age);
  const writesForThemselves =
    (consenter === 'young-person' && writer === 'young-person') ||
    (consenter === 'custody-holders' && writer === 'parent');
  return { consenter, status: writesForThemselves ? 'given' : 'to-be-obtained' };
}

/** Age on a date from a birth date, both YYYY-MM-DD; re-exported for one import site. */
export { ageOn };
