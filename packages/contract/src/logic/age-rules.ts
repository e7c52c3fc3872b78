import { ageOn } from './time.js';

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

/** Age on a date from a birth date, both YYYY-MM-DD; re-exported for one import site. */
export { ageOn };
