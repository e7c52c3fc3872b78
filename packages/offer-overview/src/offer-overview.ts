import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  LazyCatalogs,
  LtElement,
  baseStyles,
  contractSchemas,
  copenhagenDate,
  fhirCaseReader,
  isCalendarDate,
  loadJson,
  problemStyles,
  renderLoadFailed,
  tokens,
  type JournalCase,
  type Validated,
} from '@lettilbud/contract';
import { da, loadEnglish, type OverviewStrings } from './i18n/index.js';
import { aggregate, defaultPeriod, type Period } from './logic/aggregate.js';
import { readCases } from './logic/read.js';
import { buildTables, formats, toCsv, type Table } from './logic/tables.js';
import { styles } from './offer-overview.styles.js';

type Phase = 'empty' | 'loading' | 'ready' | 'load-failed';

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
 * @summary The offer's statistics for managers (Ledelsesoverblik), small counts suppressed.
 * @tag lt-offer-overview
 * @csspart table - Each statistics table.
 * @csspart chart - Each bar chart.
 * @cssprop --lt-color-primary - The bars.
 */
export class LtOfferOverview extends LtElement {
  static override styles = [tokens, baseStyles, problemStyles, styles];

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
  /** Today, YYYY-MM-DD in Copenhagen; set only for tests and demos. */
  @property() today: string | null = null;
  /** The course names the offer runs (e.g. "Cool Kids"); when set, no other course name is shown. */
  @property({ attribute: false }) courses: readonly string[] | null = null;
  /** Overrides of any visible text. */
  @property({ attribute: false }) strings: Partial<OverviewStrings> | null = null;

  @state() private phase: Phase = 'empty';
  @state() private valid: JournalCase[] = [];
  @state() private invalid = 0;

  readonly #catalogs = new LazyCatalogs(this, da, loadEnglish);
  #abort: AbortController | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('cases') || changed.has('bundles') || changed.has('src')) void this.#load();
  }

  async #load(): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    if (this.cases === null && this.bundles === null && !this.src) {
      this.phase = 'empty';
      return;
    }
    this.phase = 'loading';
    try {
      const data =
        this.cases ?? this.bundles ?? (await loadJson(this.src!, { signal: abort.signal }));
      if (abort.signal.aborted) return;
      const items = Array.isArray(data) ? data : [data];
      const bundles =
        this.bundles !== null ||
        (this.cases === null &&
          items.some((x) => (x as { resourceType?: string } | null)?.resourceType === 'Bundle'));
      const [schemas, reader] = await Promise.all([
        contractSchemas.load(),
        bundles ? fhirCaseReader.load() : null,
      ]);
      if (abort.signal.aborted) return;
      const check = (item: unknown): Validated<JournalCase> =>
        schemas.validate(schemas.JournalCase, reader ? reader.fhirToCase(item).record : item);
      const { cases, invalid } = readCases(items, check);
      this.valid = cases;
      this.invalid = invalid;
      this.phase = 'ready';
    } catch {
      if (abort.signal.aborted) return;
      this.phase = 'load-failed';
    }
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
      case 'empty':
        return html`<p>${t.empty}</p>`;
      case 'loading':
        return html`<p role="status">${t.loading}</p>`;
      case 'load-failed':
        return renderLoadFailed(t.loadFailed, { label: t.retry, onRetry: () => void this.#load() });
      default:
        return this.#overview(t, locale);
    }
  }

  #overview(t: OverviewStrings, locale: 'da' | 'en') {
    const today =
      this.today && isCalendarDate(this.today) ? this.today : copenhagenDate(new Date());
    const period = this.#period(today);
    const o = aggregate(this.valid, period, today, this.courses ?? undefined);
    const f = formats(locale);
    const tables = new Map(buildTables(o, t, f, locale).map((x) => [x.id, x]));
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
          : SECTIONS.map(
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
                  <div class="tables">
                    ${s.tables.map((id) => this.#table(t, tables.get(id)!, f.percent))}
                  </div>
                  ${
                    s.heading === 'sdqHeading' && o.sdqUnknownInformant
                      ? html`<p class="meta">${t.sdqUnknown(o.sdqUnknownInformant)}</p>`
                      : nothing
                  }
                </section>`,
            )
      }
    </section>`;
  }

  #table(t: OverviewStrings, table: Table, percent: (s: number) => string) {
    const id = `t-${table.id}`;
    if (table.tooSmall)
      return html`<figure class="table-box">
        <figcaption id=${id}>${table.caption}</figcaption>
        <p>${t.tooSmallGroup}</p>
      </figure>`;
    if (table.id === 'sdq' && !table.rows.length)
      return html`<figure class="table-box">
        <figcaption id=${id}>${table.caption}</figcaption>
        <p>${t.noSdq}</p>
      </figure>`;
    return html`<figure class="table-box">
      <figcaption id=${id}>${table.caption}</figcaption>
      ${table.chart ? this.#chart(t, table, percent) : nothing}
      <div class="scroll" tabindex="0" role="region" aria-labelledby=${id}>
        <table part="table">
          <thead>
            <tr>
              ${table.head.map((h) => html`<th scope="col">${h}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${table.rows.map(
              (r) =>
                html`<tr>
                  <th scope="row">${r.label}</th>
                  ${r.cells.map((c) => html`<td>${c}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <button class="lt-button secondary csv" @click=${() => this.#download(table)}>
        ${t.downloadShort}<span class="lt-visually-hidden">: ${table.caption}</span>
      </button>
    </figure>`;
  }

  #chart(t: OverviewStrings, table: Table, percent: (s: number) => string) {
    const chart = table.chart!;
    const labels = table.rows.map((r) => r.label);
    const row = 34;
    const height = chart.values.length * row;
    return html`<svg
      part="chart"
      class="chart"
      role="img"
      aria-label=${t.chartOf(table.caption)}
      viewBox="0 0 320 ${height}"
      preserveAspectRatio="xMinYMin meet"
    >
      ${chart.values.map((v, i) => {
        const y = i * row;
        const w = v === null ? 0 : Math.max(v > 0 ? 2 : 0, (v / chart.max) * 250);
        const text = v === null ? t.hiddenCell : chart.percent ? percent(v) : String(v);
        return svg`<text x="0" y=${y + 11}>${labels[i]}</text>
          <rect x="0" y=${y + 14} width=${w} height="14" class="bar"></rect>
          <text x=${w + 4} y=${y + 25}>${text}</text>`;
      })}
    </svg>`;
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
