import { isCalendarDate } from '../logic/time.js';

/**
 * The birth date in a CPR number (DDMMYY-SSSS). The century comes from the 7th digit, as
 * CPR's own rule has it: 0-3 → 1900s; 4 and 9 → 2000s for years 00-36, else 1900s; 5-8 →
 * 2000s for years 00-57, else 1800s. Undefined when the number is malformed or its date is
 * not a real calendar date. No modulus-11 check: numbers issued since 2007 may fail it.
 */
export function birthDateFromCpr(cpr: string): string | undefined {
  const m = /^(\d{2})(\d{2})(\d{2})-?(\d)\d{3}$/.exec(cpr);
  if (!m) return undefined;
  const [, dd, mm, yy, c] = m as unknown as [string, string, string, string, string];
  const y = Number(yy);
  const digit = Number(c);
  const century =
    digit <= 3
      ? 1900
      : digit === 4 || digit === 9
        ? y <= 36
          ? 2000
          : 1900
        : y <= 57
          ? 2000
          : 1800;
  const date = `${century + y}-${mm}-${dd}`;
  return isCalendarDate(date) ? date : undefined;
}
