import { html, nothing, type PropertyValues } from 'lit';
import {
  CONCERN_IDS,
  COURSE_FORMATS,
  dataError,
  municipalityByCode,
  municipalityDisplayName,
  normalizeMunicipalityCode,
  offerFinderChange,
  offerSelect,
  arrayOf,
  intIn,
  lazy,
  isString,
  never,
  oneOf,
  recordOf,
  type ConcernId,
  type Course,
  type Municipality,
  type Offer,
  type OfferFinderSelection,
  type OfferDirectory,
  type CrisisContact,
  directoryChecks,
  type EventChecks,
  type Lazy,
} from '@lettilbud/contract';
import {
  LazyCatalogs,
  LiveAnnouncer,
  LtElement,
  baseStyles,
  fieldStyles,
  crisisStyles,
  defaultCrisisContacts,
  focusHeading,
  renderCrisisBox,
  tokens,
  prefetchOnFirstUse,
} from '@lettilbud/foundations';
import { DirectoryController } from './controllers/directory-controller.js';
import { MunicipalityCombobox } from './controllers/municipality-combobox.js';
import { da, loadEnglish, type FinderStrings } from './i18n/index.js';
import { countMatches, type Filters } from './logic/match.js';
import { styles } from './offer-finder.styles.js';
import { filtersView } from './views/filters.js';
import type { Channel } from './views/offer.js';

/** The results views: their own chunk, fetched with the data or on the first focus. */
const resultsViews = lazy(() => import('./views/results.js'));

const Age = intIn(0, 25);
const Format = oneOf(COURSE_FORMATS);
const Concerns = arrayOf(oneOf(CONCERN_IDS));
const PostalCodes = recordOf(arrayOf(isString));

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
 * @prop {OfferFinderSelection} selection - The whole current selection (municipality, age, concerns, format); set it to restore a deep link.
 * @fires lt-offer-select - The user chose to get in touch (self-referral, phone, e-mail or website); cancelable.
 * @fires lt-offer-finder-change - The municipality or a filter changed (for deep links).
 * @fires lt-data-error - A feed failed or had invalid entries (skipped, listed by path).
 * @csspart chooser - The municipality combobox.
 * @csspart filters - The age, format and concern filters.
 * @csspart offer - Each offer card (and the "no details" card).
 * @csspart no-details - The card for a municipality the data has no details for.
 * @csspart age-guide - The guide shown for an age outside 5-17.
 * @csspart contact - The contact block.
 * @csspart course - Each course.
 * @csspart crisis-nudge - The pointer to crisis help shown once self-harm is ticked.
 * @csspart crisis - The crisis box, in every state.
 * @csspart about-data - The "Om data" disclosure (sources and licences), collapsed, at the end.
 * @cssprop --lt-color-primary - Links, buttons and the chosen option.
 */
export class LtOfferFinder extends LtElement {
  static override styles = [tokens, baseStyles, fieldStyles, crisisStyles, styles];
  // The finder's events are checked with the offer directory's group: no other checks load.
  static override eventChecks: Lazy<EventChecks> = directoryChecks;

  // Declared with static `properties` rather than decorators (as the referral widget): no
  // decorator helpers in the first render. Defaults are set in the constructor.
  static override properties = {
    municipality: {},
    directory: { attribute: false },
    src: {},
    referralUrl: { attribute: 'referral-url' },
    postalCodes: { attribute: false },
    crisisContacts: { attribute: false },
    age: { type: Number },
    concerns: { attribute: false },
    format: {},
    now: { attribute: false },
    strings: { attribute: false },
    chosen: { state: true, attribute: false },
  };

  /** Locks the finder to one municipality (3-digit code), for a municipality's own site. */
  declare municipality: string | null;
  /** The offer directory (contract OfferDirectory); wins over `src`. */
  declare directory: OfferDirectory | null;
  /** URL of an offer-directory feed (JSON). */
  declare src: string | null;
  /**
   * Where "Kontakt tilbuddet om dette forløb" leads when no host handles `lt-offer-select`:
   * a referral page (http or https, relative allowed), opened with the choice in its query,
   * `?municipality=…&offer=…&course=…`, which `<lt-referral-widget>` reads.
   */
  declare referralUrl: string | null;
  /** The host's own postal code → municipality codes table; replaces the shipped one. */
  declare postalCodes: Record<string, readonly string[]> | null;
  /** Replaces the crisis contacts; one tagged `regions` shows only for the family's region. */
  declare crisisContacts: CrisisContact[] | null;
  /** The child's age in years (filter); outside 5-17 the finder guides elsewhere. */
  declare age: number | null;
  /** Concern ids (contract CONCERNS); courses addressing any of them are shown. */
  declare concerns: ConcernId[];
  /** Format filter: individual, group or parents. */
  declare format: 'individual' | 'group' | 'parents' | null;
  /** Now, for tests and demos of "open now". */
  declare now: Date | null;
  /** Overrides of any visible text. */
  declare strings: Partial<FinderStrings> | null;
  /** @internal The municipality chosen in the national finder (`municipality` locks it instead). */
  declare private chosen: string | null;

  constructor() {
    super();
    this.municipality = null;
    this.directory = null;
    this.src = null;
    this.referralUrl = null;
    this.postalCodes = null;
    this.crisisContacts = null;
    this.age = null;
    this.concerns = [];
    this.format = null;
    this.now = null;
    this.strings = null;
    this.chosen = null;
  }

  readonly #catalogs = new LazyCatalogs(this, da, loadEnglish);
  readonly #live = new LiveAnnouncer(this);
  readonly #data = new DirectoryController(this, (detail) => this.emit(dataError, detail));
  readonly #combo = new MunicipalityCombobox(this, {
    hostTable: () => this.#postal,
    announce: (message) => this.#live.announce(message),
    strings: () => this.#t,
    choose: (m) => this.#choose(m),
  });
  #postal: ReadonlyMap<string, readonly string[]> | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // The results views load beside the data when the municipality is known or the host
    // gives its own feed (they are fetched with the feed's check, not after it: one round
    // trip), else on the first focus or touch (choosing a municipality comes next).
    if (this.municipality || this.src || this.directory)
      void resultsViews.load().catch(() => undefined);
    else prefetchOnFirstUse(this, resultsViews);
    // A selection set before the element was defined shadows the accessor: apply it.
    if (Object.hasOwn(this, 'selection')) {
      const early = (this as { selection?: Partial<OfferFinderSelection> | null }).selection;
      delete (this as { selection?: unknown }).selection;
      this.selection = early ?? null;
    }
  }

  get selection(): OfferFinderSelection {
    const f = this.#filters;
    return {
      municipality: this.#code,
      age: f.age,
      concerns: [...f.concerns],
      format: f.format,
    };
  }

  set selection(s: Partial<OfferFinderSelection> | null) {
    if (!s) return;
    if (s.municipality !== undefined)
      this.chosen = s.municipality ? normalizeMunicipalityCode(s.municipality) : null;
    if (s.age !== undefined) this.age = s.age;
    if (s.concerns !== undefined) this.concerns = s.concerns;
    if (s.format !== undefined) this.format = s.format;
  }

  get #t(): FinderStrings {
    return this.#catalogs.strings(this.localeController.locale, this.strings);
  }

  get #locked(): string | null {
    if (!this.municipality) return null;
    const code = normalizeMunicipalityCode(this.municipality);
    return code ?? this.checked('municipality', this.municipality, never, null, 'a code "101"');
  }

  get #code(): string | null {
    return this.#locked ?? this.chosen;
  }

  /** The filters as given, each checked; an invalid value warns once and is ignored. */
  get #filters(): Filters {
    return {
      age: this.checked('age', this.age, Age, null, 'an age in whole years, 0-25'),
      concerns: this.checked('concerns', this.concerns, Concerns, [], 'concern ids'),
      format: this.checked('format', this.format, Format, null, 'individual, group or parents'),
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('directory') || changed.has('src'))
      void this.#data.load(this.directory, this.src);
    if (changed.has('postalCodes'))
      this.#postal = this.postalCodes
        ? new Map(
            Object.entries(
              this.checked('postalCodes', this.postalCodes, PostalCodes, {}, 'code → codes'),
            ),
          )
        : null;
  }

  protected override updated(): void {
    if (this.#focusResults) {
      const heading = this.renderRoot.querySelector<HTMLElement>('#results-heading');
      // Chosen while the feed was loading: the results come a moment later. Focus moves to
      // them unless the user has gone on elsewhere meanwhile.
      const active = document.activeElement;
      const lost =
        !(this.renderRoot as ShadowRoot).activeElement &&
        (active === this || active === document.body || !active);
      if (heading || !lost) this.#focusResults = false;
      if (heading && lost) focusHeading(heading);
    }
    this.renderRoot
      .querySelector('[role=option][aria-selected=true]')
      ?.scrollIntoView({ block: 'nearest' });
  }

  #changed(): void {
    void this.emit(offerFinderChange, this.selection);
    this.#announceCount();
  }

  #setFilters = (next: Partial<Filters>): void => {
    const harmBefore = this.#filters.concerns.includes('self-harm');
    if (next.age !== undefined) this.age = next.age;
    if (next.concerns !== undefined) this.concerns = [...next.concerns];
    if (next.format !== undefined) this.format = next.format;
    this.#changed();
    if (!harmBefore && this.#filters.concerns.includes('self-harm'))
      this.#live.announce(this.#t.selfHarmNow, 'assertive');
  };

  #choose(m: Municipality): void {
    this.chosen = m.code;
    this.#combo.clear();
    this.#changed();
    this.#focusResults = true;
  }

  /** Set when a municipality is chosen: focus goes to its results once they are there. */
  #focusResults = false;

  #reset = (): void => {
    this.chosen = null;
    this.#changed();
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>('#municipality-input')?.focus(),
    );
  };

  #announceCount(): void {
    void this.updateComplete.then(() => {
      const code = this.#code;
      if (code && this.#data.phase === 'ready')
        this.#live.announce(
          this.#t.courseCount(countMatches(code, this.#data.offers, this.#filters)),
        );
    });
  }

  #select = (offer: Offer, channel: Channel, course: Course | null, event: Event): void => {
    const detail = {
      municipality: this.#code ?? offer.municipalities[0]!,
      offerId: offer.id,
      ...(course ? { courseId: course.id } : {}),
      channel,
    };
    const link = event.currentTarget instanceof HTMLAnchorElement ? event.currentTarget : null;
    const referral = link || channel !== 'self-referral' ? null : this.#referralPage(detail);
    const sent = this.emitNow(offerSelect, detail);
    if (sent === true) {
      if (referral) this.openReferral(referral);
      return;
    }
    event.preventDefault();
    if (sent === false) return;
    // The schemas were still loading (a click in the first moments): send once they are
    // there, then follow the link unless the host cancelled.
    void this.emit(offerSelect, detail).then((followed) => {
      if (followed && referral) this.openReferral(referral);
      if (!followed || !link) return;
      if (link.target === '_blank') window.open(link.href, '_blank', 'noopener');
      else location.assign(link.href);
    });
  };

  /** Opens the referral page (`referral-url` with the choice); tests replace it. */
  protected openReferral(url: string): void {
    location.assign(url);
  }

  /** The referral page for a choice (`referral-url` with the choice in its query), or null. */
  #referralPage(detail: {
    municipality: string;
    offerId: string;
    courseId?: string;
  }): string | null {
    if (!this.referralUrl) return null;
    const url = URL.canParse(this.referralUrl, document.baseURI)
      ? new URL(this.referralUrl, document.baseURI)
      : null;
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      this.checked('referral-url', this.referralUrl, never, null, 'an http or https URL');
      return null;
    }
    url.searchParams.set('municipality', detail.municipality);
    url.searchParams.set('offer', detail.offerId);
    if (detail.courseId) url.searchParams.set('course', detail.courseId);
    else url.searchParams.delete('course');
    return url.href;
  }

  #focusCrisis = (e: Event): void => {
    e.preventDefault();
    focusHeading(this.renderRoot.querySelector<HTMLElement>('#lt-crisis-heading'));
  };

  override render() {
    const t = this.#t;
    const locale = this.localeController.locale;
    const contacts = this.checkedDocument(
      'crisisContacts',
      this.crisisContacts,
      (s) => s.CrisisContactList,
      defaultCrisisContacts(locale),
      'a list of crisis contacts',
      directoryChecks,
    );
    const d = this.#data;
    const code = this.#code;
    return html`<h2>${t.title}</h2>
      <a class="skip-crisis" href="#lt-crisis-heading" @click=${this.#focusCrisis}
        >${t.crisisLink}</a
      >
      <p>${t.intro}</p>
      ${
        d.phase === 'loading'
          ? html`<p class="loading" role="status">${t.loading}</p>`
          : html`${
              d.problem === 'fallback'
                ? html`<p class="notice error" role="alert">${t.dataError}</p>`
                : nothing
            }
            ${
              d.problem === 'partial'
                ? html`<p class="notice error">${t.dataPartial(d.skipped)}</p>`
                : nothing
            }`
      }
      ${
        // The search needs only the municipalities: a family can type while the feed and its
        // checks load; the offer shows once they are there.
        this.#locked ? nothing : this.#chooser(t, code)
      }
      ${
        d.phase === 'loading'
          ? nothing
          : html`${filtersView(t, locale, this.#filters, this.#setFilters, this.#focusCrisis)}
            ${code ? this.#results(t, code) : nothing}`
      }
      <div part="crisis">
        ${renderCrisisBox({
          contacts,
          heading: t.crisisHeading,
          intro: t.crisisIntro,
          // A host's regional contact shows only in its own region; before a municipality
          // is chosen, only the contacts that hold everywhere.
          region: code ? municipalityByCode(code)?.regionCode : null,
        })}
      </div>
      ${this.#aboutData(t)} ${this.#live.render()}`;
  }

  /** Sources and licences: for whoever asks, not in a family's way (collapsed, at the end). */
  #aboutData(t: FinderStrings) {
    const d = this.#data;
    return html`<details class="about-data" part="about-data">
      <summary>${t.aboutData}</summary>
      ${
        d.phase === 'ready'
          ? html`<p>${d.publisher ? t.aboutOffers(d.publisher) : t.aboutOffersDefault}</p>`
          : nothing
      }
      <p>${t.aboutMunicipalities}</p>
      ${this.#locked || this.postalCodes ? nothing : html`<p>${t.aboutPostal}</p>`}
    </details>`;
  }

  #results(t: FinderStrings, code: string) {
    const views = resultsViews.now();
    if (!views) {
      void resultsViews.load().then(
        () => this.requestUpdate(),
        () => undefined, // offline: the next render (any interaction) tries again
      );
      return html`<p class="loading" role="status">${t.loading}</p>`;
    }
    return views.resultsView(t, this.localeController.locale, {
      code,
      offers: this.#data.offers,
      catalogue: this.#data.catalogue,
      filters: this.#filters,
      now: this.now ?? new Date(),
      select: this.#select,
      toCrisis: this.#focusCrisis,
    });
  }

  #chooser(t: FinderStrings, code: string | null) {
    if (!code) return this.#combo.render();
    return html`<p class="chosen">
      <span
        >${t.chosen}: <strong>${municipalityDisplayName(municipalityByCode(code)!)}</strong></span
      >
      <button class="lt-button secondary" @click=${this.#reset}>${t.change}</button>
    </p>`;
  }
}
