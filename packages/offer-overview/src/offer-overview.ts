import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  journalChecks,
  copenhagenDate,
  dataError,
  fhirCaseReader,
  isCalendarDate,
  oneOf,
  overviewRequest,
  type Issue,
  type JournalCase,
  type Validated,
  type EventChecks,
  type Lazy,
} from '@lettilbud/contract';
import {
  LazyCatalogs,
  LtElement,
  askModule,
  baseStyles,
  loadJson,
  problemStyles,
  renderInvalid,
  renderLoadFailed,
  tokens,
} from '@lettilbud/foundations';
import { da, loadEnglish, type OverviewStrings } from './i18n/index.js';
import { aggregate, defaultPeriod, type Overview, type Period } from './logic/aggregate.js';
import { GROUPINGS, groupVisibility, splitCases, type GroupBy } from './logic/group.js';
import { buildGroupedTables } from './logic/grouped-tables.js';
import { failureOf, noHandlerIssues, type Failure } from './logic/failure.js';
import { readCases } from './logic/read.js';
import { buildTables, formats, toCsv, type Format, type Table } from './logic/tables.js';
import { tableView } from './views.js';
import { styles } from './offer-overview.styles.js';

type Phase = 'asking' | 'not-set-up' | 'loading' | 'ready' | 'load-failed';
type Source = 'property' | 'src' | 'host';

const isGroupBy = oneOf(GROUPINGS);
/** Problems listed in one lt-data-error: enough to find the broken cases, not a flood. */
const MAX_ISSUES = 50;

const SECTIONS: readonly { heading: keyof OverviewStrings; tables: readonly string[] }[] = [
  {
    heading: 'contactsHeading',
    tables: ['contacts-per-month', 'by-age', 'by-sex', 'by-municipality', 'by-who'],
  },
  { heading: 'waitingHeading', tables: ['waiting'] },
  {
    heading: 'outcomesHeading',
    tables: ['decisions', 'screening-decisions', 'courses', 'boosters', 'urgent'],
  },
  { heading: 'sdqHeading', tables: ['sdq'] },
];

/**
 * How the offer is doing, for the people who run it: contacts by month, age, sex, residence
 * and who got in touch; waiting times against the 14- and 30-day targets (only where the
 * clock applies); the pre-talk's outcomes, screening decisions, courses, boosters and urgent
 * contacts; SDQ before and after, by course, in pairs of the same informant. Counts under 5
 * are shown as "<5", with a second count hidden where a total would give one away; no name,
 * CPR number or free text is ever shown. Every table downloads as CSV, as shown.
 *
 * The cases come from `cases`, `bundles` or `src`; with none of them the overview asks its
 * host (`lt-overview-request`), and with no answer either it says at once that it is not
 * set up.
 *
 * @summary The offer's statistics for managers (Ledelsesoverblik), small counts suppressed.
 * @tag lt-offer-overview
 * @fires lt-overview-request - Asks the host for the period's cases when no cases, bundles or src are set.
 * @fires lt-data-error - The cases could not be loaded, nobody answered, or some were skipped as invalid (listed by path).
 * @csspart table - Each statistics table.
 * @csspart chart - Each bar chart.
 * @csspart problem - The notice of cases that could not be read.
 * @cssprop --lt-color-primary - The bars.
 */
export class LtOfferOverview extends LtElement {
  static override styles = [tokens, baseStyles, problemStyles, styles];
  // Its events are checked with the journal case's group: no other checks load.
  static override eventChecks: Lazy<EventChecks> = journalChecks;

  /** The cases (contract JournalCase[]); each is checked, and broken ones are counted, not shown. */
  @property({ attribute: false }) cases: unknown = null;
  /** KL Gateway LTT delivery reports: FHIR R4 Bundles, one per child, read through fhirToCase. */
  @property({ attribute: false }) bundles: unknown = null;
  /** URL of a JSON array of cases (or of FHIR Bundles). */
  @property() src: string | null = null;
  /** First day of the period, YYYY-MM-DD; by default the first of the month eleven months ago. */
  @property() from: string | null = null;
  /** Last day of the period, YYYY-MM-DD; by default today in Copenhagen. */
  @property() to: string | null = null;
  /** Split the headline tables per `municipality` of residence or per `course`; none by default. */
  @property({ attribute: 'group-by' }) groupBy: 'municipality' | 'course' | null = null;
  /** Today, YYYY-MM-DD in Copenhagen; set only for tests and demos. */
  @property() today: string | null = null;
  /** The course names the offer runs (e.g. "Cool Kids"); when set, no other course name is shown. */
  @property({ attribute: false }) courses: readonly string[] | null = null;
  /** Overrides of any visible text. */
  @property({ attribute: false }) strings: Partial<OverviewStrings> | null = null;

  @state() private phase: Phase = 'asking';
  @state() private valid: JournalCase[] = [];
  @state() private invalid = 0;
  @state() private failure: Failure | null = null;

  readonly #catalogs = new LazyCatalogs(this, da, loadEnglish);
  #abort: AbortController | undefined;
  #source: Source = 'host';

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page while loading: leaving cancelled the load, so it starts again.
    if (this.#abort?.signal.aborted && (this.phase === 'asking' || this.phase === 'loading'))
      void this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('cases') ||
      changed.has('bundles') ||
      changed.has('src') ||
      // The host is asked for a period (and told the grouping): a new one is a new question.
      (this.#source === 'host' &&
        (changed.has('from') || changed.has('to') || changed.has('groupBy')))
    )
      void this.#load();
  }

  get #grouping(): GroupBy | null {
    // An empty attribute (a template's `group-by=""`) means no grouping, as an absent one.
    const by = this.groupBy || null;
    return this.checked('group-by', by, isGroupBy, null, '"municipality" or "course"');
  }

  #fail(failure: Failure, issues: Issue[] = []): void {
    this.failure = failure;
    this.phase = failure.kind === 'no-handler' ? 'not-set-up' : 'load-failed';
    void this.emit(dataError, { source: 'cases', ...failure, fallback: false, issues });
  }

  async #load(): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#source =
      this.cases !== null || this.bundles !== null ? 'property' : this.src ? 'src' : 'host';
    this.phase = this.#source === 'host' ? 'asking' : 'loading';
    let data: unknown;
    try {
      if (this.#source === 'host') {
        // One task first: a host that sets `cases` right after attaching is not asked.
        await new Promise((resolve) => setTimeout(resolve));
        if (abort.signal.aborted) return;
        data = await this.#ask(abort.signal);
      } else
        data = this.cases ?? this.bundles ?? (await loadJson(this.src!, { signal: abort.signal }));
    } catch (error) {
      if (abort.signal.aborted) return;
      this.#fail(failureOf(error), noHandlerIssues(error));
      return;
    }
    if (abort.signal.aborted) return;
    const items = Array.isArray(data) ? data : [data];
    const bundles =
      this.bundles !== null ||
      (this.cases === null &&
        items.some((x) => (x as { resourceType?: string } | null)?.resourceType === 'Bundle'));
    let schemas, reader;
    try {
      [schemas, reader] = await Promise.all([
        journalChecks.load(),
        bundles ? fhirCaseReader.load() : null,
      ]);
    } catch {
      if (abort.signal.aborted) return;
      // The check could not load (offline): nothing unchecked is counted.
      this.#fail({ kind: 'network' });
      return;
    }
    if (abort.signal.aborted) return;
    const check = (item: unknown): Validated<JournalCase> =>
      schemas.validate(schemas.JournalCase, reader ? reader.fhirToCase(item).record : item);
    const { cases, invalid, issues } = readCases(items, check);
    this.valid = cases;
    this.invalid = invalid;
    this.failure = null;
    this.phase = 'ready';
    if (invalid)
      void this.emit(dataError, {
        source: bundles ? 'bundle' : 'cases',
        kind: 'schema',
        fallback: false,
        issues: issues.slice(0, MAX_ISSUES),
      });
  }

  async #ask(signal: AbortSignal): Promise<unknown> {
    const today = this.#today();
    const period = this.#period(today);
    const groupBy = this.#grouping;
    const { ask } = await askModule.load();
    return ask({
      host: this,
      event: overviewRequest.name,
      payload: { from: period.from, to: period.to, ...(groupBy ? { groupBy } : {}) },
      response: (schemas) => schemas.AnyJsonArray,
      method: 'GET',
      signal,
    });
  }

  #today(): string {
    return this.today && isCalendarDate(this.today) ? this.today : copenhagenDate(new Date());
  }

  #period(today: string): Period {
    const fallback = defaultPeriod(today);
    const from = this.from && isCalendarDate(this.from) ? this.from : fallback.from;
    const to = this.to && isCalendarDate(this.to) ? this.to : fallback.to;
    return from <= to ? { from, to } : { from: to, to: from };
  }

  override render() {
    const locale = this.localeController.locale;
    const t = this.#catalogs.strings(locale, this.strings);
    switch (this.phase) {
      case 'asking':
        return html`<p role="status">${t.asking}</p>`;
      case 'loading':
        return html`<p role="status">${t.loading}</p>`;
      case 'not-set-up':
        return renderInvalid(t.notSetUpTitle, t.notSetUpText, []);
      case 'load-failed':
        return renderLoadFailed(this.failure?.kind === 'schema' ? t.answerInvalid : t.loadFailed, {
          label: t.retry,
          onRetry: () => void this.#load(),
        });
      default:
        return this.#overview(t, locale);
    }
  }

  #overview(t: OverviewStrings, locale: 'da' | 'en') {
    const today = this.#today();
    const period = this.#period(today);
    const known = this.courses ?? undefined;
    const o = aggregate(this.valid, period, today, known);
    const f = formats(locale);
    const tables = new Map(buildTables(o, t, f, locale).map((x) => [x.id, x]));
    const table = (x: Table) => tableView(t, x, f.percent, (y) => this.#download(y));
    const by = this.#grouping;
    return html`<section aria-labelledby="lt-overview-title">
      <header>
        <h2 id="lt-overview-title">${t.title}</h2>
        <p class="meta">${t.period(f.date(period.from), f.date(period.to))}</p>
        ${
          this.invalid
            ? html`<div class="lt-problem problem" role="alert" part="problem">
                <p><strong>${t.invalid(this.invalid)}</strong>. ${t.invalidHelp}</p>
              </div>`
            : nothing
        }
        ${o.noContactDate ? html`<p class="meta">${t.noContactDate(o.noContactDate)}</p>` : nothing}
        <p class="meta">${t.privacy}</p>
      </header>
      ${
        o.contacts === 0
          ? html`<p>${t.empty}</p>`
          : html`${by ? this.#grouped(t, f, o, by, period, today, table) : nothing}
            ${SECTIONS.map(
              (s) =>
                html`<section class="group" aria-labelledby=${`h-${s.heading}`}>
                  <h3 id=${`h-${s.heading}`}>${t[s.heading] as string}</h3>
                  ${s.heading === 'sdqHeading' ? html`<p class="meta">${t.sdqHelp}</p>` : nothing}
                  ${
                    s.heading === 'contactsHeading' && o.returning
                      ? html`<p class="meta">
                          ${t.returning}: ${o.returning < 5 ? t.hiddenCell : f.number(o.returning)}
                        </p>`
                      : nothing
                  }
                  <div class="tables">${s.tables.map((id) => table(tables.get(id)!))}</div>
                  ${
                    s.heading === 'sdqHeading' && o.sdqUnknownInformant
                      ? html`<p class="meta">${t.sdqUnknown(o.sdqUnknownInformant)}</p>`
                      : nothing
                  }
                </section>`,
            )}`
      }
    </section>`;
  }

  #grouped(
    t: OverviewStrings,
    f: Format,
    all: Overview,
    by: GroupBy,
    period: Period,
    today: string,
    table: (x: Table) => unknown,
  ) {
    const known = this.courses ?? undefined;
    const groups = splitCases(this.valid, by, period, known);
    const visibility = groupVisibility(groups.map((g) => g.cases.length));
    const tables = buildGroupedTables(
      groups.map((g, i) => ({
        key: g.key,
        visibility: visibility[i]!,
        overview: aggregate(g.cases, period, today, known),
      })),
      all,
      by,
      t,
      f,
    );
    return html`<section class="group" aria-labelledby="h-grouped">
      <h3 id="h-grouped">${t.groupHeading(t.groupName(by))}</h3>
      <div class="tables">${tables.map(table)}</div>
    </section>`;
  }

  #download(table: Table): void {
    const blob = new Blob([`\uFEFF${toCsv(table)}\r\n`], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${table.id}.csv`;
    a.hidden = true;
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
