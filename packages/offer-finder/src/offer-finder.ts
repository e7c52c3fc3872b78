import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as z from 'zod/mini';
import {
  CONCERNS,
  COURSE_FORMATS,
  ConcernId,
  CrisisContact,
  LazyCatalogs,
  LiveAnnouncer,
  LtElement,
  LtLoadError,
  ageFit,
  baseStyles,
  crisisStyles,
  dataError,
  defaultCrisisContacts,
  focusHeading,
  loadJson,
  municipalityByCode,
  municipalityDisplayName,
  normalizeMunicipalityCode,
  offerFinderChange,
  offerSelect,
  renderCrisisBox,
  tokens,
  type Course,
  type Issue,
  type Municipality,
  type Offer,
  type OfferFinderSelection,
} from '@lettilbud/contract';
import { da, loadEnglish, type FinderStrings } from './i18n/index.js';
import { readDirectory } from './logic/directory.js';
import { matchingCourses, offersFor } from './logic/match.js';
import { lookup, unpackPostalCodes, type Lookup, type PostalTable } from './logic/search.js';
import { styles } from './offer-finder.styles.js';
import { catalogueView, offerView, type Channel } from './views.js';

type Phase = 'loading' | 'ready';
const Format = z.nullable(z.enum(COURSE_FORMATS));

/**
 * Finds a municipality's easy-access offer and the courses that fit, for families, young
 * people and professionals: by municipality name (an APG combobox, tolerant of æ/ø/å and
 * "aa") or postal code, filtered by age, concerns and format, with the contact block
 * ("open now" in Copenhagen time), the national waiting-time targets, the open-door note and
 * a crisis box always within reach. Data: the `directory` property, a `src` feed, or the
 * embedded default (its own chunk).
 *
 * @summary Find your municipality's offer and the right course.
 * @tag lt-offer-finder
 * @fires lt-offer-select - The user chose to get in touch (self-referral, phone, e-mail or website); cancelable.
 * @fires lt-offer-finder-change - The municipality or a filter changed (for deep links).
 * @fires lt-data-error - A feed failed or had invalid entries (skipped, listed by path).
 * @csspart offer - Each offer card.
 * @csspart contact - The contact block.
 * @csspart course - Each course.
 * @csspart crisis - The crisis box.
 * @cssprop --lt-color-primary - Links, buttons and the chosen option.
 */
export class LtOfferFinder extends LtElement {
  static override styles = [tokens, baseStyles, crisisStyles, styles];

  /** Locks the finder to one municipality (3-digit code), for a municipality's own site. */
  @property() municipality: string | null = null;
  /** The offer directory (contract OfferDirectory); wins over `src`. */
  @property({ attribute: false }) directory: unknown = null;
  /** URL of an offer-directory feed (JSON). */
  @property() src: string | null = null;
  /** The host's own postal code → municipality codes table; replaces the shipped one. */
  @property({ attribute: false }) postalCodes: Record<string, readonly string[]> | null = null;
  /** Replaces the crisis contacts (e.g. to add the region's acute psychiatric service). */
  @property({ attribute: false }) crisisContacts: unknown = null;
  /** The current selection; set it to restore a deep link. */
  @property({ attribute: false }) selection: Partial<OfferFinderSelection> | null = null;
  /** Now, for tests and demos of "open now". */
  @property({ attribute: false }) now: Date | null = null;
  /** Overrides of any visible text. */
  @property({ attribute: false }) strings: Partial<FinderStrings> | null = null;

  @state() private phase: Phase = 'loading';
  @state() private offers: Offer[] = [];
  @state() private catalogue: Course[] = [];
  @state() private feedProblem: 'fallback' | 'partial' | null = null;
  @state() private skipped = 0;
  @state() private chosen: string | null = null;
  @state() private age: number | null = null;
  @state() private concerns: ConcernId[] = [];
  @state() private format: 'individual' | 'group' | 'parents' | null = null;
  @state() private query = '';
  @state() private result: Lookup = { kind: 'none' };
  @state() private active = -1;
  @state() private open = false;

  #postal: PostalTable | null = null;
  #abort: AbortController | undefined;
  readonly #catalogs = new LazyCatalogs(this, da, loadEnglish);
  readonly #live = new LiveAnnouncer(this);

  get #t(): FinderStrings {
    return this.#catalogs.strings(this.localeController.locale, this.strings);
  }

  get #locked(): string | null {
    return this.municipality
      ? (normalizeMunicipalityCode(this.municipality) ?? this.#warnMunicipality())
      : null;
  }

  #warnMunicipality(): null {
    this.checked(
      'municipality',
      this.municipality,
      z.never(),
      null,
      'a 3-digit municipality code such as "101"',
    );
    return null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('directory') || changed.has('src')) void this.#load();
    if (changed.has('selection') && this.selection) this.#restore(this.selection);
    if (changed.has('postalCodes') && this.postalCodes)
      this.#postal = new Map(Object.entries(this.postalCodes));
  }

  #restore(s: Partial<OfferFinderSelection>): void {
    this.chosen = s.municipality ? normalizeMunicipalityCode(s.municipality) : null;
    this.age = this.checked(
      'selection.age',
      s.age ?? null,
      z.nullable(z.number().check(z.int(), z.gte(0), z.lte(25))),
      null,
      'an age 0-25',
    );
    this.concerns = this.checked(
      'selection.concerns',
      s.concerns ?? [],
      z.array(ConcernId),
      [],
      'concern ids',
    );
    this.format = this.checked(
      'selection.format',
      s.format ?? null,
      Format,
      null,
      'individual, group or parents',
    );
  }

  async #load(): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    let input: unknown = this.directory;
    if (!input && this.src) {
      this.phase = 'loading';
      try {
        input = await loadJson(this.src, { signal: abort.signal });
      } catch (error) {
        if (abort.signal.aborted) return;
        const kind = error instanceof LtLoadError ? error.kind : 'network';
        this.emit(dataError, {
          source: 'directory',
          kind,
          ...(error instanceof LtLoadError && error.status ? { status: error.status } : {}),
          fallback: true,
          issues: [],
        });
        return this.#useDefault('fallback');
      }
    }
    if (!input) return this.#useDefault(null);
    const read = readDirectory(input);
    if (read.fatal) {
      this.emit(dataError, {
        source: 'directory',
        kind: 'schema',
        fallback: true,
        issues: read.issues.slice(0, 100),
      });
      return this.#useDefault('fallback');
    }
    if (read.issues.length) {
      this.emit(dataError, {
        source: 'directory',
        kind: 'schema',
        fallback: false,
        issues: read.issues.slice(0, 100),
      });
    }
    this.skipped = new Set(
      read.issues.map((i: Issue) => i.path.split('.')[0]!.split('[').slice(0, 2).join('[')),
    ).size;
    this.feedProblem = read.issues.length ? 'partial' : null;
    this.offers = read.offers;
    this.catalogue = read.catalogue;
    this.phase = 'ready';
  }

  async #useDefault(problem: 'fallback' | null): Promise<void> {
    const { DEFAULT_DIRECTORY } = await import('./data/default-directory.js');
    const read = readDirectory(DEFAULT_DIRECTORY);
    this.offers = read.offers;
    this.catalogue = read.catalogue;
    this.feedProblem = problem;
    this.phase = 'ready';
  }

  async #postalTable(): Promise<PostalTable | null> {
    if (this.#postal) return this.#postal;
    try {
      const { POSTAL_CODES_PACKED } = await import('./data/postal-codes.data.js');
      return (this.#postal = unpackPostalCodes(POSTAL_CODES_PACKED));
    } catch {
      return null;
    }
  }

  #changed(): void {
    this.emit(offerFinderChange, {
      municipality: this.#locked ?? this.chosen,
      age: this.age,
      concerns: [...this.concerns],
      format: this.format,
    });
    this.selection = null;
  }

  #onInput = async (e: Event): Promise<void> => {
    this.query = (e.target as HTMLInputElement).value;
    const table = /^\s*\d{4}\s*$/.test(this.query) ? await this.#postalTable() : this.#postal;
    this.result = lookup(this.query, table);
    this.active = -1;
    this.open = this.result.kind === 'names' && this.result.matches.length > 0;
    const t = this.#t;
    if (this.result.kind === 'names')
      this.#live.announce(
        this.result.matches.length ? t.options(this.result.matches.length) : t.noMatch,
      );
    if (this.result.kind === 'postal' && this.result.matches.length === 1)
      this.#choose(this.result.matches[0]!);
  };

  #onKey = (e: KeyboardEvent): void => {
    const matches = this.result.kind === 'names' ? this.result.matches : [];
    if (e.key === 'ArrowDown' && matches.length) {
      e.preventDefault();
      this.open = true;
      this.active = (this.active + 1) % matches.length;
    } else if (e.key === 'ArrowUp' && matches.length) {
      e.preventDefault();
      this.open = true;
      this.active = this.active <= 0 ? matches.length - 1 : this.active - 1;
    } else if (e.key === 'Enter' && this.open && this.active >= 0) {
      e.preventDefault();
      this.#choose(matches[this.active]!);
    } else if (e.key === 'Escape') {
      if (this.open) this.open = false;
      else this.query = '';
    }
  };

  #choose(m: Municipality): void {
    this.chosen = m.code;
    this.query = '';
    this.open = false;
    this.result = { kind: 'none' };
    this.#changed();
    void this.updateComplete.then(() =>
      focusHeading(this.renderRoot.querySelector<HTMLElement>('#results-heading')),
    );
    this.#announceCount();
  }

  #reset = (): void => {
    this.chosen = null;
    this.#changed();
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>('#municipality-input')?.focus(),
    );
  };

  #announceCount(): void {
    void this.updateComplete.then(() => {
      const code = this.#locked ?? this.chosen;
      if (!code) return;
      const n = offersFor(code, this.offers).reduce(
        (sum, o) => sum + matchingCourses(o.courses, this.#filters).length,
        0,
      );
      this.#live.announce(this.#t.courseCount(n));
    });
  }

  get #filters() {
    return { age: this.age, concerns: this.concerns, format: this.format };
  }

  #select = (offer: Offer, channel: Channel, course: Course | null, event: Event): void => {
    const municipality = this.#locked ?? this.chosen ?? offer.municipalities[0]!;
    const sent = this.emit(offerSelect, {
      municipality,
      offerId: offer.id,
      ...(course ? { courseId: course.id } : {}),
      channel,
    });
    if (!sent) event.preventDefault();
  };

  #focusCrisis = (e: Event): void => {
    e.preventDefault();
    focusHeading(this.renderRoot.querySelector<HTMLElement>('#lt-crisis-heading'));
  };

  override render() {
    const t = this.#t;
    const locale = this.localeController.locale;
    const contacts = this.checked(
      'crisisContacts',
      this.crisisContacts,
      z.array(CrisisContact),
      defaultCrisisContacts(locale),
      'a list of crisis contacts',
    );
    const code = this.#locked ?? this.chosen;
    return html`<h2>${t.title}</h2>
      <a class="skip-crisis" href="#lt-crisis-heading" @click=${this.#focusCrisis}
        >${t.crisisLink}</a
      >
      <p>${t.intro}</p>
      ${
        this.phase === 'loading'
          ? html`<p role="status">${t.loading}</p>`
          : html`${this.feedProblem === 'fallback' ? html`<p class="notice error" role="alert">${t.dataError}</p>` : nothing}
            ${this.feedProblem === 'partial' ? html`<p class="notice error">${t.dataPartial(this.skipped)}</p>` : nothing}
            ${this.#locked ? nothing : this.#chooser(t, code)} ${this.#filtersView(t)}
            ${code ? this.#results(t, locale, code) : nothing}`
      }
      ${renderCrisisBox({ contacts, heading: t.crisisHeading, intro: t.crisisIntro })}
      <p class="attribution">${t.attribution}</p>
      ${this.#live.render()}`;
  }

  #chooser(t: FinderStrings, code: string | null) {
    if (code) {
      const m = municipalityByCode(code)!;
      return html`<p class="chosen">
        <span>${t.chosen}: <strong>${municipalityDisplayName(m)}</strong></span>
        <button class="lt-button secondary" @click=${this.#reset}>${t.change}</button>
      </p>`;
    }
    const matches = this.result.kind === 'names' ? this.result.matches : [];
    const message =
      this.result.kind === 'postal-unknown'
        ? t.postalUnknown(this.result.code)
        : this.result.kind === 'postal-unavailable'
          ? t.postalUnavailable
          : this.result.kind === 'names' && !matches.length
            ? t.noMatch
            : '';
    return html`<div class="lt-field">
      <label class="lt-label" for="municipality-input">${t.municipalityLabel}</label>
      <span class="lt-hint" id="municipality-hint">${t.municipalityHint}</span>
      <div class="combo">
        <input
          id="municipality-input"
          class="lt-input"
          type="text"
          role="combobox"
          autocomplete="off"
          aria-autocomplete="list"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="municipality-list"
          aria-describedby="municipality-hint"
          aria-activedescendant=${this.open && this.active >= 0 ? `municipality-${matches[this.active]?.code}` : ''}
          .value=${this.query}
          @input=${this.#onInput}
          @keydown=${this.#onKey}
          @blur=${() => setTimeout(() => (this.open = false), 150)}
        />
        <ul
          id="municipality-list"
          role="listbox"
          aria-label=${t.municipalityLabel}
          ?hidden=${!this.open}
        >
          ${matches.map(
            (m, i) =>
              html`<li
                id="municipality-${m.code}"
                role="option"
                aria-selected=${i === this.active ? 'true' : 'false'}
                @mousedown=${(e: Event) => e.preventDefault()}
                @click=${() => this.#choose(m)}
              >
                ${municipalityDisplayName(m)}
              </li>`,
          )}
        </ul>
      </div>
      ${message ? html`<p class="lt-hint">${message}</p>` : nothing}
      ${
        this.result.kind === 'postal' && this.result.matches.length > 1
          ? html`<fieldset class="choices">
              <legend>${t.postalSeveral(this.result.code)}</legend>
              ${this.result.matches.map(
                (m) =>
                  html`<button class="lt-button secondary" @click=${() => this.#choose(m)}>
                    ${municipalityDisplayName(m)}
                  </button> `,
              )}
            </fieldset>`
          : nothing
      }
    </div>`;
  }

  #filtersView(t: FinderStrings) {
    const locale = this.localeController.locale;
    const setAge = (e: Event) => {
      const v = (e.target as HTMLSelectElement).value;
      this.age = v === '' ? null : Number(v);
      this.#changed();
      this.#announceCount();
    };
    const toggle = (id: ConcernId, on: boolean) => {
      this.concerns = on ? [...this.concerns, id] : this.concerns.filter((c) => c !== id);
      this.#changed();
      this.#announceCount();
    };
    const setFormat = (e: Event) => {
      const v = (e.target as HTMLSelectElement).value;
      this.format = v === '' ? null : (v as 'individual');
      this.#changed();
      this.#announceCount();
    };
    return html`<fieldset>
      <legend>${t.filters}</legend>
      <div class="row">
        <div class="lt-field">
          <label class="lt-label" for="age">${t.ageLabel}</label>
          <select id="age" class="lt-input" @change=${setAge}>
            <option value="" ?selected=${this.age === null}>${t.ageAny}</option>
            ${Array.from({ length: 23 }, (_, i) => i + 2).map((n) => html`<option value=${n} ?selected=${this.age === n}>${t.ageYears(n)}</option>`)}
          </select>
        </div>
        <div class="lt-field">
          <label class="lt-label" for="format">${t.formatLabel}</label>
          <select id="format" class="lt-input" @change=${setFormat}>
            <option value="" ?selected=${this.format === null}>${t.formatAny}</option>
            ${COURSE_FORMATS.map((f) => html`<option value=${f} ?selected=${this.format === f}>${t[f]}</option>`)}
          </select>
        </div>
      </div>
      <fieldset>
        <legend>${t.concernsLabel}</legend>
        <div class="checks">
          ${CONCERNS.map(
            (c) =>
              html`<label
                ><input
                  type="checkbox"
                  .checked=${this.concerns.includes(c.id)}
                  @change=${(e: Event) => toggle(c.id, (e.target as HTMLInputElement).checked)}
                /><span>${c[locale]}</span></label
              >`,
          )}
        </div>
      </fieldset>
    </fieldset>`;
  }

  #results(t: FinderStrings, locale: 'da' | 'en', code: string) {
    const m = municipalityByCode(code)!;
    const fit = this.age === null ? 'in-range' : ageFit(this.age);
    const heading = html`<h3 id="results-heading" tabindex="-1" class="lt-visually-hidden">
      ${municipalityDisplayName(m)}
    </h3>`;
    if (fit !== 'in-range') {
      return html`${heading}
        <section class="notice" aria-labelledby="age-guide">
          <h3 id="age-guide">${fit === 'too-young' ? t.tooYoungTitle : t.tooOldTitle}</h3>
          <p>${fit === 'too-young' ? t.tooYoung : t.tooOld}</p>
        </section>`;
    }
    const offers = offersFor(code, this.offers);
    const now = this.now ?? new Date();
    if (!offers.length) {
      return html`${heading}
        <section class="offer" aria-labelledby="no-details">
          <h3 id="no-details">${t.noDetailsTitle(municipalityDisplayName(m))}</h3>
          <p>${t.noDetails}</p>
          <p><a href="https://www.borger.dk" rel="noopener">${t.borgerDk}</a></p>
          <p class="note">${t.targets}</p>
          <p class="note">${t.openDoor}</p>
          ${catalogueView(t, locale, matchingCourses(this.catalogue, this.#filters))}
        </section>`;
    }
    return html`${heading}${offers.map((o) => offerView(t, locale, o, matchingCourses(o.courses, this.#filters), now, this.#select))}`;
  }
}
