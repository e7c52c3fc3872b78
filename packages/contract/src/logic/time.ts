/**
 * Calendar and clock arithmetic in Europe/Copenhagen, the time every rule of the offer is
 * stated in (opening hours, the 14- and 30-day targets, ages). Pure functions; the `now`
 * is always passed in, so tests can stand on a daylight-saving day.
 */
export interface CopenhagenParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** ISO weekday: 1 Monday … 7 Sunday. */
  readonly weekday: number;
  readonly hour: number;
  readonly minute: number;
}

/** 01:00 UTC on the last Sunday of a month: when the EU's clocks change. */
function lastSundayOneUtc(year: number, month: number): number {
  const last = Date.UTC(year, month + 1, 0, 1);
  return last - new Date(last).getUTCDay() * 86_400_000;
}

/**
 * Copenhagen's offset from UTC at an instant, in hours: 2 (CEST) from the last Sunday of
 * March to the last Sunday of October, at 01:00 UTC (EU Directive 2000/84/EC, which Denmark
 * follows), else 1 (CET). Arithmetic rather than `Intl.DateTimeFormat` with a time zone: the
 * first Intl object on a page costs 40-60 ms of ICU set-up (four times that on a phone), paid
 * before a widget's first screen. A test holds it to the browser's own time-zone data, hour
 * by hour and at every change, from 2020 to 2040; if the EU ever ends clock changes, that
 * test fails on the first wrong hour.
 */
export function copenhagenOffset(instant: Date): 1 | 2 {
  const t = instant.getTime();
  const year = instant.getUTCFullYear();
  return t >= lastSundayOneUtc(year, 2) && t < lastSundayOneUtc(year, 9) ? 2 : 1;
}

/** Wall-clock parts of an instant in Copenhagen. */
export function copenhagenParts(instant: Date): CopenhagenParts {
  const local = new Date(instant.getTime() + copenhagenOffset(instant) * 3_600_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    weekday: ((local.getUTCDay() + 6) % 7) + 1,
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
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
