import { adoptStyles, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  CONCERNS,
  JOURNAL_ACTIONS,
  journalChecks,
  lazy,
  matches,
  ageOn,
  copenhagenDate,
  dataError,
  fhirCaseReader,
  journalAction,
  journalRequest,
  type Issue,
  type JournalCase,
  type FhirBundle,
  byCodeUnits,
  type EventChecks,
  type Lazy,
} from '@lettilbud/contract';
import {
  LazyCatalogs,
  LtElement,
  LtLoadError,
  askModule,
  prefetchOnFirstUse,
  baseStyles,
  loadJson,
  problemStyles,
  renderInvalid,
  renderLoadFailed,
  tokens,
} from '@lettilbud/foundations';
import { da, loadEnglish, type FirstStrings, type JournalStrings } from './i18n/index.js';
import { checklist } from './logic/checklist.js';
import { courseProgress, currentStage, skippedStages } from './logic/stage.js';
import { gpConsent } from './logic/gp.js';
import { urgentView } from './case-views.js';
import { styles } from './journal-panel.styles.js';
import { checklistView, clocksView, formatter } from './views.js';

/**
 * The panel's details (decisions, timeline, SDQ, GP, consents, earlier courses): their own
 * chunk, fetched once a case has rendered, so the urgent contact, the checklist and the
 * clocks do not wait for them.
 */
const details = lazy(() => import('./details.js'));

const CaseId = matches(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/);

type Phase = 'empty' | 'loading' | 'ready' | 'invalid' | 'load-failed';

/**
 * One child's course through the easy-access offer, for the side column of a
 * case-management system: an urgent contact first, with its same-day clock, then stage and
 * timeline, the 14- and 30-day clocks (or why one does not apply), the pre-talk decision and
 * the screening's risk result, SDQ over time, course progress, the GP and its consent,
 * consents, earlier courses, and the documentation gaps the national framework names. The
 * panel never writes: every action goes to the host as `lt-journal-action`.
 *
 * @summary The whole course of one child, beside the fagsystem.
 * @tag lt-journal-panel
 * @fires lt-journal-request - Asks the host for the case when only case-id is set.
 * @fires lt-journal-action - The user chose an action; the host does it and sets the updated case.
 * @fires lt-data-error - The case could not be loaded or breaks the contract.
 * @csspart urgent - An urgent contact nobody has yet recorded acting on, before everything else.
 * @csspart timeline - The stages.
 * @csspart clocks - The waiting-time clocks.
 * @csspart gaps - The documentation gaps.
 * @csspart sdq-table - The SDQ table.
 * @cssprop --lt-color-error - Overdue clocks and gaps.
 */
export class LtJournalPanel extends LtElement {
  static override styles = [tokens, baseStyles, problemStyles, styles];
  // Its events are checked with the journal case's group: no other checks load.
  static override eventChecks: Lazy<EventChecks> = journalChecks;

  /** The case record (contract JournalCase). */
  @property({ attribute: false }) case: JournalCase | null = null;
  /** A FHIR R4 Bundle (e.g. KL Gateway LTT delivery reports) to read the case from. */
  @property({ attribute: false }) bundle: FhirBundle | null = null;
  /** URL of a case record or a FHIR Bundle as JSON. */
  @property() src: string | null = null;
  /** The case id to ask the host for (lt-journal-request). */
  @property({ attribute: 'case-id' }) caseId: string | null = null;
  /** Fallback URL for the case when no listener answers lt-journal-request. */
  @property() endpoint: string | null = null;
  /** Today, YYYY-MM-DD in Copenhagen; set only for tests and demos. */
  @property() today: string | null = null;
  /** Overrides of any visible text. */
  @property({ attribute: false }) strings: Partial<JournalStrings> | null = null;

  @state() private phase: Phase = 'empty';
  @state() private record: JournalCase | null = null;
  @state() private issues: Issue[] = [];

  readonly #catalogs = new LazyCatalogs(this, da, loadEnglish);
  /** The details' strings, made when their chunk has loaded. */
  #detailCatalogs: LazyCatalogs<typeof import('./i18n/da-details.js').daDetails> | null = null;
  #abort: AbortController | undefined;

  /** The details' styles have been adopted. */
  #detailsStyled = false;
  /** The details chunk could not be fetched (offline): said in each section, with a retry. */
  #detailsFailed = false;
  #detailsLoading: Promise<unknown> = Promise.resolve();

  override connectedCallback(): void {
    super.connectedCallback();
    prefetchOnFirstUse(this, details);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.phase === 'ready' && !details.now() && !this.#detailsFailed) this.#loadDetails();
  }

  #loadDetails(): void {
    this.#detailsLoading = details.load().then(
      () => {
        this.#detailsFailed = false;
        this.requestUpdate();
      },
      () => {
        this.#detailsFailed = true;
        this.requestUpdate();
      },
    );
  }

  /** Resolves once rendered, the details of a case shown included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.#detailsLoading;
    return super.getUpdateComplete();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('case') ||
      changed.has('bundle') ||
      changed.has('src') ||
      changed.has('caseId') ||
      changed.has('endpoint')
    )
      void this.#load();
  }

  async #load(): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    if (this.case || this.bundle) this.phase = 'loading';
    if (this.case) return this.#accept(this.case, 'case', abort.signal);
    if (this.bundle) return this.#accept(this.bundle, 'bundle', abort.signal);
    if (!this.src && !this.caseId) {
      this.phase = 'empty';
      return;
    }
    this.phase = 'loading';
    // The check is fetched while the case is: one round trip, not two in a row.
    void journalChecks.load().catch(() => undefined);
    try {
      const data = this.src
        ? await loadJson(this.src, { signal: abort.signal })
        : await (
            await askModule.load()
          ).ask({
            host: this,
            event: journalRequest.name,
            payload: {
              caseId: this.checked('case-id', this.caseId, CaseId, '', 'a case id'),
            },
            response: (schemas) => schemas.AnyJson,
            endpoint: this.endpoint,
            method: 'GET',
            signal: abort.signal,
          });
      if (abort.signal.aborted) return;
      await this.#accept(
        data,
        (data as { resourceType?: string } | null)?.resourceType === 'Bundle' ? 'bundle' : 'case',
        abort.signal,
      );
    } catch (error) {
      if (abort.signal.aborted) return;
      this.phase = 'load-failed';
      const kind =
        error instanceof LtLoadError
          ? error.kind
          : (error as { kind?: string }).kind === 'no-handler'
            ? 'no-handler'
            : (error as { kind?: string }).kind === 'timeout'
              ? 'timeout'
              : 'network';
      void this.emit(dataError, { source: 'case', kind, fallback: false, issues: [] });
    }
  }

  async #accept(data: unknown, source: 'case' | 'bundle', signal: AbortSignal): Promise<void> {
    // The FHIR adapter (and the SDQ scoring it uses) is its own chunk: hosts that pass a
    // case record never download it.
    let schemas;
    let adapted;
    try {
      [schemas, adapted] = await Promise.all([
        journalChecks.load(),
        source === 'bundle'
          ? fhirCaseReader.load().then((m) => m.fhirToCase(data))
          : { record: data, issues: [] },
      ]);
    } catch {
      if (signal.aborted) return;
      // The check or the adapter could not load (offline): nothing unchecked is shown.
      this.phase = 'load-failed';
      void this.emit(dataError, { source, kind: 'network', fallback: false, issues: [] });
      return;
    }
    if (signal.aborted) return; // a newer case arrived meanwhile
    const result = schemas.validate(schemas.JournalCase, adapted.record);
    if (!result.ok) {
      this.issues = [
        ...adapted.issues.map((message) => ({ path: 'bundle', message })),
        ...result.issues,
      ];
      this.record = null;
      this.phase = 'invalid';
      void this.emit(dataError, {
        source,
        kind: 'schema',
        fallback: false,
        issues: this.issues.slice(0, 50),
      });
      return;
    }
    this.record = result.value;
    this.issues = adapted.issues.map((message) => ({ path: 'bundle', message }));
    this.phase = 'ready';
  }

  #act(action: (typeof JOURNAL_ACTIONS)[number]): void {
    if (this.record) void this.emit(journalAction, { action, caseId: this.record.id });
  }

  override render() {
    const t = this.#catalogs.strings(this.localeController.locale, this.strings);
    switch (this.phase) {
      case 'empty':
        return html`<p>${t.noCase}</p>`;
      case 'loading':
        return html`<p role="status">${t.loading}</p>`;
      case 'load-failed':
        return renderLoadFailed(t.loadFailed, { label: t.retry, onRetry: () => void this.#load() });
      case 'invalid':
        return renderInvalid(
          t.invalidTitle,
          t.invalidText,
          this.issues.slice(0, 20).map((i) => html`<code>${i.path}</code>: ${i.message}`),
        );
      default:
        return this.#panel(t, this.record!);
    }
  }

  #panel(t: FirstStrings, c: JournalCase) {
    const locale = this.localeController.locale;
    const today =
      this.today && /^\d{4}-\d{2}-\d{2}$/.test(this.today)
        ? this.today
        : copenhagenDate(new Date());
    const fmt = formatter(locale);
    const age = ageOn(c.child.birthDate, today);
    const stage = currentStage(c);
    const gaps = checklist(c, today);
    const progress = courseProgress(c, today);
    const concerns = c.screening?.concerns ?? c.contact?.concerns ?? [];
    const section = (id: string, title: string, body: unknown, open = true, badge?: string) =>
      html`<details ?open=${open} id=${id}>
        <summary>
          <h3>${title}</h3>
          ${badge ? html`<span class="badge">${badge}</span>` : nothing}
        </summary>
        ${body}
      </details>`;
    const actions = (
      ['record-session', 'schedule-booster', 'notify-gp', 'add-note'] as const
    ).filter((a) => a !== 'notify-gp' || gpConsent(c, today).state === 'given');
    const earlier = c.earlierCourses?.length ?? 0;
    const d = details.now();
    if (d && !this.#detailsStyled && this.shadowRoot) {
      this.#detailsStyled = true;
      adoptStyles(this.shadowRoot, [
        ...(this.constructor as typeof LtJournalPanel).elementStyles,
        d.detailStyles,
      ]);
    }
    // The details' views speak with every string: the first ones and the details' own.
    const dt: JournalStrings | null = d
      ? {
          ...t,
          ...(this.#detailCatalogs ??= new LazyCatalogs(
            this,
            d.daDetails,
            d.loadEnglishDetails,
          )).strings(locale, this.strings),
        }
      : null;
    const waiting = this.#detailsFailed
      ? html`<p class="problem" role="alert">
          ${t.detailsFailed}
          <button class="lt-button secondary" @click=${() => this.#loadDetails()}>
            ${t.retry}
          </button>
        </p>`
      : html`<p role="status">${t.detailsLoading}</p>`;
    return html`<section aria-labelledby="lt-journal-title">
      ${urgentView(t, c, today, fmt, () => this.#act('record-urgent-contact'))}
      <header>
        <h2 id="lt-journal-title">${c.child.name || t.unnamed}</h2>
        <p class="meta">
          ${t.born(fmt(c.child.birthDate))} · ${t.age(age)} · ${t.stageLabel}:
          ${t[`stage-${stage}`]}
        </p>
        ${c.responsible ? html`<p class="meta">${t.responsible}: ${c.responsible.name}${c.responsible.role ? ` (${c.responsible.role})` : ''}</p>` : nothing}
        ${concerns.length ? html`<p class="meta">${t.concerns}: ${concerns.map((id) => CONCERNS.find((x) => x.id === id)?.[locale] ?? id).join(', ')}</p>` : nothing}
      </header>
      ${section('checklist', t.checklist, checklistView(t, gaps), true, gaps.length ? t.gaps(gaps.length) : undefined)}
      ${section('clocks', t.clocks, clocksView(t, c, today, fmt))}
      ${section('decisions', t.decisions, d && dt ? d.decisionsView(dt, c, fmt) : waiting)}
      ${section('timeline', t.timeline, d && dt ? d.timelineView(dt, c, stage, fmt) : waiting)}
      ${section(
        'sdq',
        t.sdq,
        d && dt
          ? d.sdqView(
              dt,
              [...(c.questionnaires ?? [])].sort((a, b) => byCodeUnits(a.date, b.date)),
              fmt,
            )
          : waiting,
      )}
      ${section(
        'course',
        t.course,
        skippedStages(c).has('course')
          ? html`<p>${t.noCourse}</p>`
          : html`<p>${t.sessions(progress.performed, progress.planned)}</p>
              <p>${progress.next ? t.nextSession(fmt(progress.next)) : t.noNextSession}</p>
              <p>
                ${c.closure?.boosterDate ? t.booster(fmt(c.closure.boosterDate)) : t.noBooster}
              </p>`,
      )}
      ${section('gp', t.gp, d && dt ? d.gpView(dt, c, today, fmt) : waiting)}
      ${section('consents', t.consents, d && dt ? d.consentsView(dt, c, age, fmt) : waiting, false)}
      ${earlier ? section('earlier', `${t.earlierCourses} (${earlier})`, d && dt ? d.earlierCoursesView(dt, c, fmt, locale) : waiting, false) : nothing}
      <div class="actions" role="group" aria-label=${t.actions}>
        ${actions.map(
          (a) =>
            html`<button class="lt-button secondary" @click=${() => this.#act(a)}>
              ${t[`action-${a}`]}
            </button>`,
        )}
      </div>
    </section>`;
  }
}
