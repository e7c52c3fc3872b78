import { copenhagenParts, copenhagenDate, addDays } from './time.js';
import { DAYS } from '../schemas/constants.js';
import type { OpeningHours, SpecialHours } from '../schemas/offer-directory.js';

/**
 * "Open now / opens at …" for a phone line, computed in Europe/Copenhagen wall-clock time
 * from a weekly schedule (schema.org OpeningHoursSpecification) and dated exceptions (a
 * closed day, or other hours that day). Pure: `now` is passed in.
 */
export type OpenStatus =
  | { readonly open: true; readonly closes: string }
  | {
      readonly open: false;
      readonly opens: { readonly date: string; readonly time: string } | null;
    };

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The periods that apply on a date (YYYY-MM-DD, with its ISO weekday). */
function periodsOn(
  date: string,
  weekday: number,
  hours: readonly OpeningHours[],
  exceptions: readonly SpecialHours[],
): [number, number, string][] {
  const special = exceptions.filter((e) => e.date === date);
  if (special.length) {
    if (special.some((e) => e.closed)) return [];
    return special
      .filter((e) => e.opens && e.closes)
      .map((e) => [toMinutes(e.opens!), toMinutes(e.closes!), e.closes!]);
  }
  const day = DAYS[weekday - 1]!;
  return hours
    .filter((h) => h.dayOfWeek.includes(day))
    .map((h) => [toMinutes(h.opens), toMinutes(h.closes), h.closes]);
}

export function openStatus(
  hours: readonly OpeningHours[],
  exceptions: readonly SpecialHours[],
  now: Date,
): OpenStatus {
  const p = copenhagenParts(now);
  const today = copenhagenDate(now);
  const minute = p.hour * 60 + p.minute;
  for (const [from, to, closes] of periodsOn(today, p.weekday, hours, exceptions)) {
    if (minute >= from && minute < to) return { open: true, closes };
  }
  for (let offset = 0; offset < 15; offset++) {
    const date = addDays(today, offset);
    const weekday = ((p.weekday - 1 + offset) % 7) + 1;
    const next = periodsOn(date, weekday, hours, exceptions)
      .filter(([from]) => offset > 0 || from > minute)
      .sort((a, b) => a[0] - b[0])[0];
    if (next) {
      const time = `${String(Math.floor(next[0] / 60)).padStart(2, '0')}:${String(next[0] % 60).padStart(2, '0')}`;
      return { open: false, opens: { date, time } };
    }
  }
  return { open: false, opens: null };
}
