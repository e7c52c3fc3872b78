import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
