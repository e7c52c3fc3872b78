import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { copenhagenDate } from '@lettilbud/contract';

/**
 * Shared i18n. Danish is the default and the source language; English is the second.
 * A widget speaks the language of its own `lang` attribute, else the nearest ancestor's
 * (across shadow roots), else the page's `<html lang>`. Unlike a page-global locale
 * (@lit/localize's runtime mode), this lets an English widget sit on a Danish page.
 */
export const LOCALES = ['da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Maps a BCP 47 tag to a supported locale: `en`, `en-GB` → `en`; anything else → `da`. */
export function toLocale(tag: string | null | undefined): Locale {
  return tag?.trim().toLowerCase().split('-')[0] === 'en' ? 'en' : 'da';
}

/** The nearest `lang` for an element, crossing shadow roots; the page's if none. */
export function langOf(element: Element): string | null {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return document.documentElement.getAttribute('lang');
}

/**
 * Keeps `locale` current for its host and re-renders it when the host's or the page's
 * `lang` changes (a CMS language switch, a host's own toggle).
 */
export class LocaleController implements ReactiveController {
  locale: Locale = 'da';
  readonly #host: ReactiveControllerHost & HTMLElement;
  #observer: MutationObserver | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#refresh();
    this.#observer = new MutationObserver(() => this.#refresh());
    this.#observer.observe(this.#host, { attributes: true, attributeFilter: ['lang'] });
    this.#observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
    });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  #refresh(): void {
    const next = toLocale(langOf(this.#host));
    if (next !== this.locale) {
      this.locale = next;
      this.#host.requestUpdate();
    }
  }
}

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

/** A catalog: keys to strings, or to functions for strings with values in them. */
export type Catalog = { readonly [key: string]: string | ((...args: never[]) => string) };

/** Both languages of a catalog; English must have every Danish key, with the same shape. */
export interface Catalogs<C extends Catalog> {
  readonly da: C;
  readonly en: NoInfer<C>;
}

/**
 * The strings for a locale, with the host's overrides (the GOV.UK pattern: every visible
 * string is an overridable default). Overrides of the wrong type are ignored.
 */
export function strings<C extends Catalog>(
  catalogs: Catalogs<C>,
  locale: Locale,
  overrides?: Partial<Record<keyof C, unknown>> | null,
): C {
  const base = catalogs[locale];
  if (!overrides) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (key in base && typeof value === typeof base[key]) merged[key] = value;
  }
  return merged as C;
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

/**
 * Danish strings bundled, English fetched on first use: the English catalog becomes its own
 * chunk, so Danish pages (most of them) never download it. While it loads, the widget shows
 * Danish for one frame and then re-renders; a failed load keeps Danish rather than showing
 * keys.
 */
export class LazyCatalogs<C extends Catalog> {
  readonly #host: { requestUpdate(): void };
  readonly #da: C;
  readonly #loadEn: () => Promise<C>;
  #en: C | undefined;
  #loading: Promise<void> | undefined;

  constructor(host: { requestUpdate(): void }, da: C, loadEn: () => Promise<NoInfer<C>>) {
    this.#host = host;
    this.#da = da;
    this.#loadEn = loadEn;
  }

  /** The strings for a locale with the host's overrides; starts loading English when asked. */
  strings(locale: Locale, overrides?: Partial<Record<keyof C, unknown>> | null): C {
    if (locale === 'en' && !this.#en) void this.load();
    const en = this.#en;
    return strings({ da: this.#da, en: en ?? this.#da }, en ? locale : 'da', overrides);
  }

  /** Loads English now (e.g. before a test or when the page is known to be English). */
  load(): Promise<void> {
    this.#loading ??= this.#loadEn().then(
      (en) => {
        this.#en = en;
        this.#host.requestUpdate();
      },
      () => {
        this.#loading = undefined;
      },
    );
    return this.#loading;
  }
}
