/**
 * Calendar and clock arithmetic in Europe/Copenhagen, the time every rule of the offer is
 * stated in (opening hours, the 14- and 30-day targets, ages). Pure functions; the `now`
 * is always passed in, so tests can stand on a daylight-saving day.
 */
const ZONE = 'Europe/Copenhagen';

export interface CopenhagenParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** ISO weekday: 1 Monday … 7 Sunday. */
  readonly weekday: number;
  readonly hour: number;
  readonly minute: number;
}

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  weekday: 'short',
  hourCycle: 'h23',
});
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** Wall-clock parts of an instant in Copenhagen. */
export function copenhagenParts(instant: Date): CopenhagenParts {
  const p: Record<string, string> = {};
  for (const part of partsFormat.formatToParts(instant)) p[part.type] = part.value;
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    weekday: WEEKDAYS[p.weekday ?? ''] ?? 1,
    hour: Number(p.hour),
    minute: Number(p.minute),
  };
}

/** The Copenhagen calendar date of an instant, YYYY-MM-DD. */
export function copenhagenDate(instant: Date): string {
  const { year, month, day } = copenhagenParts(instant);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days from one calendar date to another (YYYY-MM-DD), ignoring clocks: DST cannot shift it. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A calendar date plus n days, YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Age in whole years on a date (both YYYY-MM-DD). A 29 February birthday counts from 1 March. */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Whether a YYYY-MM-DD string is a real calendar date. */
export function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}
