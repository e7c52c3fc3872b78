/**
 * The contract's closed lists, in a module without zod: widgets import these to render and
 * check choices without loading the schemas, which are built from the same lists.
 */

export const JOURNAL_ACTIONS = [
  'record-session',
  'schedule-booster',
  'notify-gp',
  'open-document',
  'add-note',
  'record-urgent-contact',
] as const;

/** How `<lt-offer-overview>` may split its headline tables (`group-by`). */
export const OVERVIEW_GROUPINGS = ['municipality', 'course'] as const;

export const DAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

export const COURSE_FORMATS = ['individual', 'group', 'parents'] as const;

export const CONTACT_ROLES = ['young-person', 'parent', 'professional', 'gp'] as const;

export const OFFER_STATUSES = ['running', 'not-yet-running', 'unknown'] as const;

/**
 * Who is writing. `foster-carer` is a foster parent or a member of staff where a placed child
 * lives (plejefamilie, opholdssted, døgninstitution): they take part, but the custody holders
 * (under 15) or the young person (from 15) still consent.
 */
export const WRITER_ROLES = ['young-person', 'parent', 'foster-carer', 'professional'] as const;

export const SAFETY_ANSWERS = ['no', 'yes', 'unsure'] as const;

export const CONSENT_PARTIES = ['ppr', 'health-visitor', 'school', 'family-department'] as const;

export const TRIED = ['school', 'ppr', 'gp', 'psychiatry', 'other'] as const;

/** A phone number as written for people: digits, spaces, + and - (checked without zod too). */
export const PHONE_PATTERN = /^\+?[0-9][0-9 -]{1,18}[0-9]$/;

/**
 * A number the offer can call the family back on: a Danish number of 8 digits (not starting
 * with 0, so it cannot be mistaken for a 00 prefix), optionally after +45 or 0045, or another
 * country's number with a leading + and 7-15 digits. Spaces may separate digits.
 * Stricter than `PHONE_PATTERN` (which also lets services write "112" or "116 111"): a
 * 7-digit number is refused, not sent to staff who cannot call it.
 */
export const CALLBACK_PHONE_PATTERN =
  /^(?:(?:(?:\+|00)45 *)?[1-9](?: *\d){7}|\+(?!4 *5)[1-9](?: *\d){6,14})$/;

/** Whether a family's own phone number can be dialled back (`CALLBACK_PHONE_PATTERN`, trimmed). */
export function isCallbackPhone(value: string): boolean {
  return CALLBACK_PHONE_PATTERN.test(value.trim());
}

/** An e-mail address: zod's own default pattern, kept here so forms can check without zod. */
export const EMAIL_PATTERN =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
