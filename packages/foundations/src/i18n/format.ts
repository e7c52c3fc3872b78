import { copenhagenDate } from '@lettilbud/contract';
import type { Locale } from './locale.js';

// Plurals and dates, in their own module: a first screen that shows neither (the referral's
// first step) does not carry them.

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * Picks the plural form for `n` (Danish and English: one/other). Whole numbers are "one"
 * only for 1 and -1 in both languages, decided without `Intl` (its first use costs a page tens of
 * milliseconds); other numbers ask `Intl.PluralRules`.
 */
export function plural(locale: Locale, n: number, forms: { one: string; other: string }): string {
  if (Number.isInteger(n)) return Math.abs(n) === 1 ? forms.one : forms.other;
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n) === 'one' ? forms.one : forms.other;
}

const MONTHS = {
  da: 'januar februar marts april maj juni juli august september oktober november december',
  en: 'January February March April May June July August September October November December',
};
const SHORT_MONTHS = {
  da: 'jan. feb. mar. apr. maj jun. jul. aug. sep. okt. nov. dec.',
  en: 'Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec',
};
const WEEKDAYS = {
  da: 'mandag tirsdag onsdag torsdag fredag lørdag søndag',
  en: 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday',
};
const word = (list: string, i: number) => list.split(' ')[i]!;

/** How `formatDate` writes a date: the three ways the widgets use. */
export type DateStyle = 'long' | 'short' | 'weekday';

/**
 * Formats a calendar date for people, in Danish or English, as CLDR writes it (da-DK, en-GB):
 * long "2. december 2026" / "2 December 2026", short "2. dec. 2026" / "2 Dec 2026", weekday
 * "onsdag 2. december" / "Wednesday 2 December". A `Date` is read as its Copenhagen day.
 * Written out rather than with `Intl.DateTimeFormat`, so a first screen with dates pays no ICU
 * set-up and reads the same in every browser.
 */
export function formatDate(locale: Locale, date: Date | string, style: DateStyle = 'long'): string {
  const day = typeof date === 'string' ? date : copenhagenDate(date);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  const dd = locale === 'da' ? `${d}.` : String(d);
  if (style === 'short') return `${dd} ${word(SHORT_MONTHS[locale], m - 1)} ${y}`;
  if (style === 'weekday')
    return `${word(WEEKDAYS[locale], weekday)} ${dd} ${word(MONTHS[locale], m - 1)}`;
  return `${dd} ${word(MONTHS[locale], m - 1)} ${y}`;
}
