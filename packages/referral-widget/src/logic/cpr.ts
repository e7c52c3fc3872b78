import { isCalendarDate } from '@lettilbud/contract';

/**
 * The CPR check the offer may do: the format DDMMYY-SSSS and a real birth date, with the
 * century read from the 7th digit (CPR office rules). No modulus-11 check: numbers issued
 * since 2007 may fail it. The number itself is never logged or put in a draft.
 */
export type CprProblem = 'format' | 'date' | 'mismatch';

export function normalizeCpr(input: string): string {
  const digits = input.replace(/[\s-]/g, '');
  return /^\d{10}$/.test(digits) ? `${digits.slice(0, 6)}-${digits.slice(6)}` : input.trim();
}

/** The birth date a CPR number encodes, YYYY-MM-DD, or null when the digits are no date. */
export function cprBirthDate(cpr: string): string | null {
  const m = /^(\d{2})(\d{2})(\d{2})-?(\d)\d{3}$/.exec(cpr.trim());
  if (!m) return null;
  const [, dd, mm, yy, seventh] = m as unknown as [string, string, string, string, string];
  const year = Number(yy);
  const s = Number(seventh);
  let century: number;
  if (s <= 3) century = 1900;
  else if (s === 4 || s === 9) century = year <= 36 ? 2000 : 1900;
  else century = year <= 57 ? 2000 : 1800;
  const iso = `${century + year}-${mm}-${dd}`;
  return isCalendarDate(iso) ? iso : null;
}

/** What is wrong with a CPR number, if anything; `birthDate` (YYYY-MM-DD) is cross-checked when given. */
export function cprProblem(input: string, birthDate?: string | null): CprProblem | null {
  const cpr = normalizeCpr(input);
  if (!/^\d{6}-\d{4}$/.test(cpr)) return 'format';
  const date = cprBirthDate(cpr);
  if (!date) return 'date';
  if (birthDate && date !== birthDate) return 'mismatch';
  return null;
}
