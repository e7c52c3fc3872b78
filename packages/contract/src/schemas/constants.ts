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

export const WRITER_ROLES = ['young-person', 'parent', 'professional'] as const;

export const SAFETY_ANSWERS = ['no', 'yes', 'unsure'] as const;

export const CONSENT_PARTIES = ['ppr', 'health-visitor', 'school', 'family-department'] as const;

export const TRIED = ['school', 'ppr', 'gp', 'psychiatry', 'other'] as const;

/** A phone number as written for people: digits, spaces, + and - (checked without zod too). */
export const PHONE_PATTERN = /^\+?[0-9][0-9 -]{1,18}[0-9]$/;

/** An e-mail address: zod's own default pattern, kept here so forms can check without zod. */
export const EMAIL_PATTERN =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
