import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type * as z from 'zod/mini';
import {
  SDQ_INFORMANTS,
  ageOn,
  lazy,
  oneOf,
  positive,
  copenhagenDate,
  dataError,
  isCalendarDate,
  sdqSubmit,
  sdqSubmitted,
  type BandTable,
  type Questionnaire,
  type SdqInformant,
  type SdqQuestion,
} from '@lettilbud/contract';
import {
  LazyCatalogs,
  LiveAnnouncer,
  LtElement,
  openDraftStore,
  prefetchOnFirstUse,
  baseStyles,
  crisisStyles,
  fieldStyles,
  focusField,
  focusHeading,
  problemStyles,
  renderInvalid,
  renderLoadFailed,
  tokens,
  type DraftStore,
} from '@lettilbud/foundations';
import { da, loadEnglish, type FirstStrings, type SdqStrings } from './i18n/index.js';
import { keptAnswers, selfReportGate, typedAge, visibleQuestions } from './logic/form.js';
import {
  askAgeView,
  crisisHelpView,
  notSetUpView,
  tooYoungView,
  unwiredNotice,
} from './gate-views.js';
import { styles } from './sdq-form.styles.js';
import { formView } from './views.js';
import type { SdqDraft } from './logic/draft-schema.js';
import { QuestionnaireSource, type SourceState } from './controllers/questionnaire-source.js';

type Phase = 'loading' | 'not-set-up' | 'invalid' | 'load-failed' | 'form' | 'review' | 'sent';
type Draft = z.infer<typeof SdqDraft>;
const LAYOUTS = ['auto', 'paged', 'list'] as const;
/** The review, the thank-you and the scoring: loaded on the first focus or touch. */
const finish = lazy(() => import('./finish.js'));
type FormEnd = import('./finish.js').FormEnd;

/**
 * The SDQ, filled in by a parent, a teacher or a young person: the host's licensed FHIR
 * Questionnaire gives the wording (KL Gateway's SDQ questionnaires pass unchanged); the
 * form scores it with the contract's one scoring module and sends a FHIR
 * QuestionnaireResponse, score Observations and the plain scores through the contract's
 * ask/answer, as KL Gateway's QuestionnaireResponse profile has it (the child as `subject`,
 * who answered in KL's FindingInformer). Scores are shown only to professional hosts
 * (`show-scores`). The self-report is for 11-17: under 11 it is refused, and with no age
 * given it asks the young person's age first. "Brug for hjælp nu?" is on every screen.
 *
 * @summary The SDQ questionnaire: one question per screen on phones, scored, FHIR out.
 * @tag lt-sdq-form
 * @fires lt-sdq-submit - Asks the host to store the result (cancelable; answer with respondWith).
 * @fires lt-sdq-submitted - The host confirmed; the draft is deleted.
 * @fires lt-data-error - The questionnaire could not be loaded or is not an SDQ.
 * @csspart question - Each question's fieldset.
 * @csspart progress - The progress count and bar.
 * @csspart scores - The scores table (with show-scores).
 * @csspart crisis-help - The "Brug for hjælp nu?" disclosure on every screen.
 * @csspart crisis - The crisis box inside it.
 * @csspart unwired - The notice that the form cannot send yet (nothing answers lt-sdq-submit).
 * @cssprop --lt-color-primary - Buttons, the chosen answer and the progress bar.
 */
export class LtSdqForm extends LtElement {
  static override styles = [tokens, baseStyles, problemStyles, fieldStyles, crisisStyles, styles];

  /** The host's FHIR R4 Questionnaire (the licensed wording). Wins over `src`. */
  @property({ attribute: false }) questionnaire: Questionnaire | null = null;
  /** URL of the FHIR Questionnaire as JSON. */
  @property() src: string | null = null;
  /** Who answers: parent, teacher or self (the young person, 11-17: refused under 11). */
  @property() informant: string = 'parent';
  /** The child's age in years; the self-report asks for it when neither this nor `birth-date` is set. */
  @property({ type: Number }) age: number | null = null;
  /** The child's birth date (YYYY-MM-DD), instead of `age`. */
  @property({ attribute: 'birth-date' }) birthDate: string | null = null;
  /** Follow-up after a course: the follow-up questions replace the duration question. */
  @property({ type: Boolean, attribute: 'follow-up' }) followUp = false;
  /** auto (one question per screen when narrow), paged or list. */
  @property() layout: string = 'auto';
  /** Where the draft lives: session (default), local or none. */
  @property() storage: string = 'session';
  /** Hours a draft lives. */
  @property({ type: Number, attribute: 'draft-ttl' }) draftTtl = 24;
  /** Names the draft when one page has several forms. */
  @property({ attribute: 'draft-key' }) draftKey: string | null = null;
  /** Fallback URL for the result when no listener answers `lt-sdq-submit`. */
  @property() endpoint: string | null = null;
  /** The host answers `lt-sdq-submit` with a listener further up the page, not on the element. */
  @property({ type: Boolean, attribute: 'host-listens' }) hostListens = false;
  /** Milliseconds to wait for the host. */
  @property({ type: Number }) timeout = 15_000;
  /** Show scores and bands after sending (professional hosts only). */
  @property({ type: Boolean, attribute: 'show-scores' }) showScores = false;
  /**
   * FHIR reference of the child the answers are about, e.g. "Patient/123" (KL Gateway
   * requires it). Without it the form says it is not set up for sending, before anyone starts.
   */
  @property() subject: string | null = null;
  /** The host's band tables (e.g. Danish norms) instead of the UK ones. */
  @property({ attribute: false }) bandTables: { three: BandTable; four: BandTable } | null = null;
  /** Overrides of any visible text. */
  @property({ attribute: false }) strings: Partial<SdqStrings> | null = null;

  @state() private phase: Phase = 'loading';
  @state() private answers = new Map<number, number>();
  @state() private page = 0;
  @state() private issues: string[] = [];
  @state() private notice = '';
  @state() private narrow = false;
  /** The age the young person typed when the self-report asked for it. */
  @state() private typedAge: number | null = null;
  @state() private ageText = '';
  @state() private ageInvalid = false;

  #questions: SdqQuestion[] = [];
  #resolved: Questionnaire | null = null;
  #drafts: DraftStore<Draft> | null = null;
  /** Counts draft restores: a newer questionnaire's draft replaces an older one's. */
  #restores = 0;
  /** A saved draft being restored, or the review loading; `updateComplete` waits for it. */
  #settling: Promise<unknown> = Promise.resolve();
  readonly #source = new QuestionnaireSource(this);
  readonly #live = new LiveAnnouncer(this);
  readonly #catalogs = new LazyCatalogs(this, da, loadEnglish);
  // Deferred a task (not a frame: hidden pages get no frames): re-rendering inside the
  // observer callback would resize again within the same frame ("ResizeObserver loop
  // completed with undelivered notifications").
  readonly #resize = new ResizeObserver(([entry]) => {
    const narrow = (entry?.contentRect.width ?? 600) < 600;
    if (narrow !== this.narrow) setTimeout(() => (this.narrow = narrow));
  });
  /** The review, sending and the thank-you: created with the review (its chunk). */
  #end: FormEnd | null = null;
  /** The idempotency key of a failed send, kept in the draft until the review is back. */
  #key: string | undefined;

  /**
   * Resolves once rendered, including a saved draft restored with the questionnaire and a
   * review whose chunk was still loading.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.#settling;
    return super.getUpdateComplete();
  }

  get #t(): FirstStrings {
    return this.#catalogs.strings(this.localeController.locale, this.strings);
  }

  get #age(): number | null {
    if (typeof this.age === 'number' && Number.isFinite(this.age)) return this.age;
    if (this.birthDate && isCalendarDate(this.birthDate))
      return ageOn(this.birthDate, copenhagenDate(new Date()));
    return this.typedAge;
  }

  get #informant(): { informant: SdqInformant } {
    return {
      informant: this.checked(
        'informant',
        this.informant,
        oneOf(SDQ_INFORMANTS),
        'parent',
        'parent, teacher or self',
      ),
    };
  }

  get #paged(): boolean {
    const layout = this.checked(
      'layout',
      this.layout,
      oneOf(LAYOUTS),
      'auto',
      'auto, paged or list',
    );
    return layout === 'paged' || (layout === 'auto' && this.narrow);
  }

  get #visible(): SdqQuestion[] {
    return visibleQuestions(this.#questions, this.answers, {
      followUp: this.followUp,
      informant: this.#informant.informant,
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    prefetchOnFirstUse(this, finish);
    this.#resize.observe(this);
    // A first guess from the viewport, without forcing layout: the observer refines it, but
    // its notifications only come with rendering, which a background page may not get.
    this.narrow = window.innerWidth < 600;
    // A form with neither a questionnaire nor a src never loads anything: say so at once
    // (on screen and to the host) instead of "loading" forever. A host that sets the
    // property right after attaching it still gets its form: the check waits one task.
    setTimeout(() => this.#checkWired());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The informant and the version choose the draft and which questions the form needs.
    if ((['questionnaire', 'src', 'informant', 'followUp'] as const).some((k) => changed.has(k)))
      this.#loadQuestionnaire();
  }

  #checkWired(): void {
    if (!this.isConnected || this.questionnaire || this.src || this.phase !== 'loading') return;
    this.phase = 'not-set-up';
    void this.updateComplete.then(
      () =>
        void this.emit(dataError, {
          source: 'questionnaire',
          kind: 'no-handler',
          fallback: false,
          issues: [
            {
              path: 'questionnaire',
              message: 'No questionnaire: set the questionnaire property or the src attribute',
            },
          ],
        }),
    );
  }

  #loadQuestionnaire(): void {
    if (this.questionnaire) this.#apply(this.#source.check(this.questionnaire, this.followUp));
    else if (this.src) {
      this.phase = 'loading';
      void this.#source.load(this.src, this.followUp).then((state) => state && this.#apply(state));
    }
  }

  #apply(state: SourceState): void {
    if (state.kind === 'loading') return;
    if (state.kind !== 'ready') {
      this.issues = state.kind === 'invalid' ? state.issues : [];
      this.phase = state.kind;
      // Fired once the failure is on screen, so a listener finds the message there.
      void this.updateComplete.then(() => void this.emit(dataError, state.error));
      return;
    }
    this.#questions = state.questions;
    this.#resolved = state.questionnaire;
    this.phase = 'form';
    this.#settling = this.#restore();
  }

  /**
   * Opens the draft store (on demand) and restores a saved draft; answers given meanwhile win
   * and are saved as soon as the store is there. Offline before the store loaded, the form
   * works without a draft.
   */
  async #restore(): Promise<void> {
    const id = this.draftKey ?? this.#resolved?.url ?? 'sdq';
    const run = ++this.#restores;
    this.#drafts = null;
    let drafts: DraftStore<Draft>;
    try {
      drafts = await openDraftStore(
        {
          key: `sdq:${id}:${this.#informant.informant}:${this.followUp ? 'fu' : 'base'}`,
          storage: this.storage,
          ttlHours: this.draftTtl,
          schema: () => import('./logic/draft-schema.js').then((m) => m.SdqDraft),
        },
        (...args) => this.checked(...args),
      );
    } catch {
      return;
    }
    if (run !== this.#restores) return;
    this.#drafts = drafts;
    this.requestUpdate(); // The note that answers are kept shows once the store is there.
    if (this.answers.size) return this.#save();
    if (!drafts.has()) return;
    const draft = await drafts.load();
    if (!draft || drafts !== this.#drafts || this.answers.size) return;
    this.answers = new Map(draft.data.answers);
    this.page = Math.max(0, Math.trunc(draft.data.page));
    this.#key = draft.data.key;
    this.notice = this.#t.restored;
  }

  #save(): void {
    if (this.#end) this.#key = this.#end.send.key;
    this.#drafts?.save({
      answers: [...this.answers],
      page: this.page,
      ...(this.#key ? { key: this.#key } : {}),
    });
  }

  #answer = (item: number, position: number): void => {
    const answers = new Map(this.answers).set(item, position);
    this.answers = keptAnswers(
      visibleQuestions(this.#questions, answers, {
        followUp: this.followUp,
        informant: this.#informant.informant,
      }),
      answers,
    );
    this.#save();
  };

  #go(page: number): void {
    this.page = Math.max(0, Math.min(page, this.#visible.length - 1));
    this.#save();
    // Focus lands where a radio group's Tab stop is: the chosen answer, else the first.
    void this.updateComplete.then(() => {
      const root = this.renderRoot;
      (
        root.querySelector<HTMLInputElement>('fieldset input:checked') ??
        root.querySelector<HTMLInputElement>('fieldset input')
      )?.focus();
    });
  }

  #toReview = (): void => {
    this.#settling = this.#enterReview();
  };

  async #enterReview(): Promise<void> {
    let end;
    try {
      end = await finish.load();
    } catch {
      // Offline before the end of the form had loaded: the answers are kept, say so.
      this.notice = this.#t.failOffline;
      this.#live.announce(this.#t.failOffline, 'assertive');
      return;
    }
    this.#end ??= new end.FormEnd(this, {
      endpoint: () => this.endpoint,
      timeoutMs: () => this.checked('timeout', this.timeout, positive, 15_000, 'milliseconds'),
      onKey: () => this.#save(),
      key: this.#key,
    });
    if (this.notice === this.#t.failOffline) this.notice = '';
    this.phase = 'review';
    await super.getUpdateComplete();
    focusHeading(this.renderRoot.querySelector('h2'));
  }

  #backToForm = (item?: number): void => {
    this.phase = 'form';
    if (item !== undefined && this.#paged)
      this.page = this.#visible.findIndex((q) => q.item === item);
    void this.updateComplete.then(() => {
      const fieldset = this.renderRoot.querySelector<HTMLElement>(
        item !== undefined ? `#q-${item}` : 'fieldset',
      );
      const input = fieldset?.querySelector('input');
      if (input) focusField(input, fieldset?.querySelector('legend'));
    });
  };

  /** Scores, builds and validates the result, then sends it. */
  #submit = async (): Promise<void> => {
    const end = this.#end;
    if (!end || end.send.sending || !this.#resolved) return;
    const receipt = await end.submit({
      questionnaire: this.#resolved,
      questions: this.#questions,
      visible: this.#visible,
      answers: this.answers,
      informant: this.#informant.informant,
      followUp: this.followUp,
      authored: new Date().toISOString(),
      subject: this.subject ?? '',
      bandTables: this.bandTables,
    });
    if (receipt) {
      this.#drafts?.clear();
      this.phase = 'sent';
      void this.emit(sdqSubmitted, { receipt });
      await this.updateComplete;
      focusHeading(this.renderRoot.querySelector('h2'));
    } else {
      this.#live.announce(end.failure(this.#context()).message, 'assertive');
    }
  };

  /** What the review and the thank-you read. */
  #context() {
    return {
      first: this.#t,
      locale: this.localeController.locale,
      overrides: this.strings,
      visible: this.#visible,
      answers: this.answers,
      informant: this.#informant.informant,
      showScores: this.showScores,
      bandTables: this.bandTables,
    };
  }

  #delete = async (): Promise<void> => {
    await this.#settling;
    this.#drafts?.clear();
    this.#end?.send.reset();
    this.#key = undefined;
    this.answers = new Map();
    this.page = 0;
    this.phase = 'form';
    this.notice = this.#t.deleted;
    this.#live.announce(this.#t.deleted);
  };

  override render() {
    const unwired =
      (this.phase === 'form' || this.phase === 'review') &&
      this.unanswered(sdqSubmit.name, this.endpoint, this.hostListens);
    return html`${crisisHelpView(this.#t, this.localeController.locale)}${unwired ? unwiredNotice(this.#t) : nothing}${this.#body()}${this.#live.render()}`;
  }

  #ageInput = (value: string): void => {
    this.ageText = value;
  };

  #ageStart = (): void => {
    const age = typedAge(this.ageText);
    this.ageInvalid = age === null;
    if (age === null) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLInputElement>('#age')?.focus(),
      );
      return;
    }
    this.typedAge = age;
    void this.updateComplete.then(() => focusHeading(this.renderRoot.querySelector('h2')));
  };

  #body() {
    const t = this.#t;
    switch (this.phase) {
      case 'loading':
        return html`<p role="status">${t.loading}</p>`;
      case 'not-set-up':
        return notSetUpView(t);
      case 'load-failed':
        return renderLoadFailed(t.loadFailed, {
          label: t.retryLoad,
          onRetry: () => this.#loadQuestionnaire(),
        });
      case 'invalid':
        return renderInvalid(t.invalidTitle, t.invalidText, this.issues);
      case 'sent':
        return this.#end?.sent(this.#context());
      case 'review':
        return html`${this.#end?.review(this.#context(), { send: this.#submit, back: this.#backToForm })}
        ${this.#footer(t)}`;
      default:
        return this.#formView(t);
    }
  }

  #formView(t: FirstStrings) {
    if (!this.subject) return notSetUpView(t);
    const gate = selfReportGate(this.#informant.informant, this.#age);
    if (gate === 'too-young') return tooYoungView(t);
    if (gate === 'ask-age')
      return askAgeView(
        t,
        { value: this.ageText, invalid: this.ageInvalid },
        { input: this.#ageInput, start: this.#ageStart },
      );
    const notices = html`${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}`;
    const form = {
      visible: this.#visible,
      answers: this.answers,
      paged: this.#paged,
      page: this.page,
    };
    return html`${notices}${formView(t, form, { answer: this.#answer, go: (p) => this.#go(p), review: this.#toReview })}
    ${this.#footer(t)}`;
  }

  #footer(t: FirstStrings) {
    return html`<div class="footer">
      ${this.#drafts && this.#drafts.storage !== 'none' ? html`<p>${t.draftNote}</p>` : nothing}
      <button class="linklike" @click=${this.#delete}>${t.deleteDraft}</button>
    </div>`;
  }
}
