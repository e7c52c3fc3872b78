import {
  ageFit,
  ageOn,
  consentGiver,
  isCalendarDate,
  TARGET_MAX_AGE,
  type AgeFit,
} from '@lettilbud/contract';

/**
 * Reads a date of birth as Danes write it: 24-12-2014, 24.12.2014, 24/12/2014, 24 12 2014,
 * 24122014, or the ISO 2014-12-24. Returns YYYY-MM-DD, or null when it is not a real date.
 */
export function parseBirthDate(input: string): string | null {
  const text = input.trim();
  let iso: string | null = null;
  const iso8601 = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const danish = /^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})$/.exec(text);
  const compact = /^(\d{2})(\d{2})(\d{4})$/.exec(text);
  if (iso8601) iso = `${iso8601[1]}-${pad(iso8601[2]!)}-${pad(iso8601[3]!)}`;
  else if (danish) iso = `${danish[3]}-${pad(danish[2]!)}-${pad(danish[1]!)}`;
  else if (compact) iso = `${compact[3]}-${compact[2]}-${compact[1]}`;
  return iso && isCalendarDate(iso) ? iso : null;
}

function pad(part: string): string {
  return part.padStart(2, '0');
}

/** What the age means for the form. */
export interface AgeInfo {
  readonly age: number;
  readonly fit: AgeFit;
  /** 17: a course started now may be finished after 18. */
  readonly lastYear: boolean;
  readonly consentBy: 'custody-holders' | 'young-person';
}

/** The child's age on `today` and what follows from it; null until the date is valid and not in the future. */
export function ageInfo(birthDate: string, today: string): AgeInfo | null {
  const iso = parseBirthDate(birthDate);
  if (!iso || iso > today) return null;
  const age = ageOn(iso, today);
  return {
    age,
    fit: ageFit(age),
    lastYear: age === TARGET_MAX_AGE,
    consentBy: consentGiver(age),
  };
}
