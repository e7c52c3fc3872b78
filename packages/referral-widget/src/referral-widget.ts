import { prefillFromQuery } from './logic/query-prefill.js';
import { adoptStyles, html, nothing, type PropertyValues } from 'lit';
import {
  WRITER_ROLES,
  contractSchemas,
  directoryChecks,
  lazy,
  oneOf,
  positive,
  type CrisisContact,
  type OfferPrefill,
  type Referral,
  type ReferralReceipt,
  referralSubmit,
  referralSubmitted,
  referralUrgent,
} from '@lettilbud/contract';
import {
  openDraftStore,
  LiveAnnouncer,
  LtElement,
  baseStyles,
  fieldStyles,
  crisisStyles,
  defaultCrisisContacts,
  focusHeading,
  LazyCatalogs,
  prefetchOnFirstUse,
  type SubmissionController,
  tokens,
} from '@lettilbud/foundations';
import { FormFlowController } from './controllers/form-flow.js';
import {
  addressed,
  catalogs,
  loadEnglish,
  stepTitle,
  type FirstStrings,
  type ReferralStrings,
} from './i18n/index.js';
import {
  STEPS,
  emptyForm,
  isUrgent,
  mentionsSelfHarm,
  stepShowsCrisis,
  type ReferralDraft,
  type ReferralForm,
  type StepId,
} from './logic/form.js';
import type { FieldError } from './logic/validators.js';
import { styles } from './referral-widget.styles.js';
import type { OfferPhone } from './logic/reply.js';
import {
  actions,
  deleteAction,
  errorSummary,
  helpNow,
  progress,
  unwiredNotice,
} from './views/chrome.js';
import type { LaterContext, StepContext } from './views/context.js';
import { FIRST_STEPS, renderStep, type LaterViews } from './views/steps.js';

/** The later steps, the receipt and sending (views/later.ts): fetched on first use. */
const later = lazy(() => import('./views/later.js'));

/**
 * The self-referral to the easy-access offer: a short, multi-step form for a young person,
 * a parent or a professional, that routes a child in danger to crisis help at once, keeps a
 * draft until the host confirms, and submits through the contract's ask/answer.
 *
 * @summary Self-referral form: short path first, safety first, never loses a word.
 * @tag lt-referral-widget
 *
 * @attr mode - Preselects who is writing: `young-person`, `parent`, `foster-carer` or `professional`.
 * @attr endpoint - POST fallback URL when no host listener answers `lt-referral-submit`.
 * @attr host-listens - Set when the host answers `lt-referral-submit` with a listener further up the page (not on the element), so the widget does not say that nothing answers it.
 * @attr storage - Where the draft lives: `session` (default), `local` or `none`.
 * @attr draft-ttl - Hours a draft lives after its last change (default 24).
 * @attr draft-key - Names the draft, e.g. per municipality (default `referral`).
 * @attr consent-version - Version of the consent text shown, sent as `consentTextVersion`.
 * @attr cpr - Asks for the child's CPR number (format and date check only).
 * @attr timeout - Milliseconds to wait for the host's answer (default 15000).
 *
 * @prop {OfferPrefill | null} prefill - An `lt-offer-select` detail: municipality, offerId, courseId. Without it, read from the page's query `?municipality=…&offer=…&course=…` (what `<lt-offer-finder referral-url>` links to); a wrong value is ignored with a warning naming the parameter.
 * @prop {CrisisContact[] | null} crisisContacts - Replaces the default crisis contacts; a contact with `regions` shows only in those regions.
 * @prop {OfferPhone | null} offerPhone - The offer's phone line with its hours (an offer directory `Offer.phone`): the review and receipt say when it is next open.
 * @prop {CrisisContact[] | null} anonymousCounselling - The municipality's anonymous counselling, offered (with BørneTelefonen) to a child under 15 writing alone.
 * @prop {Partial<ReferralStrings> | null} strings - Overrides any visible text.
 *
 * @fires lt-referral-urgent - The safety answer became "yes" or "not sure"; no personal data.
 * @fires lt-referral-submit - Cancelable ask: `respondWith(receipt)`; retries reuse the idempotency key.
 * @fires lt-referral-submitted - The host confirmed; detail: the receipt and the urgent flag.
 *
 * @csspart base - The form's outer container.
 * @csspart progress - The step list.
 * @csspart error-summary - The error summary.
 * @csspart crisis - The crisis box.
 * @csspart guide - The guide shown instead of the form for ages outside 5-17.
 * @csspart failure - The "it was not sent" notice.
 * @csspart delete - The "delete what I wrote" action.
 * @csspart unwired - The notice that the form cannot send yet (nothing answers it), with the offer's phone.
 *
 * @cssprop --lt-color-primary - Buttons and links.
 * @cssprop --lt-color-error - Errors.
 * @cssprop --lt-color-warning-surface - The crisis box.
 * @cssprop --lt-font-family - All text.
 */
export class LtReferralWidget extends LtElement {
  static override styles = [tokens, baseStyles, fieldStyles, crisisStyles, styles];

  // Declared with static `properties` rather than decorators: the test runner's esbuild
  // reads tsconfig.json raw (without `extends`), so decorator settings would differ between
  // tests and builds. Defaults are set in the constructor, which works under both
  // class-field semantics.
  static override properties = {
    mode: {},
    endpoint: {},
    hostListens: { attribute: 'host-listens', type: Boolean },
    storage: {},
    draftTtl: { attribute: 'draft-ttl', type: Number },
    draftKey: { attribute: 'draft-key' },
    consentVersion: { attribute: 'consent-version' },
    cpr: { type: Boolean },
    timeout: { type: Number },
    prefill: { attribute: false },
    crisisContacts: { attribute: false },
    offerPhone: { attribute: false },
    anonymousCounselling: { attribute: false },
    strings: { attribute: false },
    helpOpen: { state: true, attribute: false },
    confirmingDelete: { state: true, attribute: false },
    notice: { state: true, attribute: false },
    cprValue: { state: true, attribute: false },
  };

  /** Preselects who is writing. */
  declare mode: string | null;
  /** POST fallback URL. */
  declare endpoint: string | null;
  /** The host listens for `lt-referral-submit` further up the page. */
  declare hostListens: boolean;
  /** Where the draft lives. */
  declare storage: string | null;
  /** Hours a draft lives. */
  declare draftTtl: number | null;
  /** Names the draft. */
  declare draftKey: string;
  /** Version of the consent text. */
  declare consentVersion: string;
  /** Asks for a CPR number. */
  declare cpr: boolean;
  /** Milliseconds to wait for an answer. */
  declare timeout: number;
  /** The offer the family came from. */
  declare prefill: OfferPrefill | null;
  /** Crisis contacts to show instead of the defaults. */
  declare crisisContacts: CrisisContact[] | null;
  /** The offer's phone line with its hours. */
  declare offerPhone: OfferPhone | null;
  /** The municipality's anonymous counselling, for a child under 15 writing alone. */
  declare anonymousCounselling: CrisisContact[] | null;
  /** Text overrides. */
  declare strings: Partial<ReferralStrings> | null;

  /** @internal "Brug for hjælp nu?" was opened. */
  declare private helpOpen: boolean;
  /** @internal */
  declare private confirmingDelete: boolean;
  /** @internal */
  declare private notice: '' | 'restored' | 'deleted';
  /** @internal Kept out of the form and the draft: a national identifier does not go into storage. */
  declare private cprValue: string;

  constructor() {
    super();
    this.mode = null;
    this.endpoint = null;
    this.hostListens = false;
    this.storage = null;
    this.draftTtl = null;
    this.draftKey = 'referral';
    this.consentVersion = '1.0';
    this.cpr = false;
    this.timeout = 15_000;
    this.prefill = null;
    this.crisisContacts = null;
    this.offerPhone = null;
    this.anonymousCounselling = null;
    this.strings = null;
    this.helpOpen = false;
    this.confirmingDelete = false;
    this.notice = '';
    this.cprValue = '';
  }

  #prefillUnread = false;
  /** A saved draft being restored, or a later step loading; `updateComplete` waits for it. */
  #settling: Promise<unknown> = Promise.resolve();

  /** Resolves once rendered, including a restored draft and a later step that was loading. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.#settling;
    return super.getUpdateComplete();
  }
  readonly #live = new LiveAnnouncer(this);
  /** Made with the later steps' chunk: sends once per press, one key per submission. */
  #send: SubmissionController<{ referral: Referral }, ReferralReceipt> | null = null;
  /** The idempotency key of an unconfirmed submission restored from the draft. */
  #key: string | undefined;
  /** The later steps could not be fetched (offline): said on screen, with a retry. */
  #laterFailed = false;
  /** The later steps' chunk was asked for because a municipality is known (its region). */
  #regionAsked = false;
  /** Whether the confirmed submission was urgent: the receipt says what is true for it. */
  #sentUrgent = false;
  readonly #flow = new FormFlowController(this, { key: () => this.#send?.key ?? this.#key });

  /** The later steps' module, loaded (once) with the send controller made from it. */
  async #later(): Promise<typeof import('./views/later.js') | null> {
    try {
      const views = await later.load();
      this.#send ??= new views.SubmissionController(this, {
        event: referralSubmit.name,
        response: (schemas) => schemas.ReferralReceipt,
        endpoint: () => this.endpoint,
        timeoutMs: () => this.checked('timeout', this.timeout, positive, 15_000, 'milliseconds'),
        onKey: () => this.#flow.save(),
      });
      this.#send.key ??= this.#key;
      if (this.#laterFailed) {
        this.#laterFailed = false;
        this.requestUpdate();
      }
      return views;
    } catch {
      this.#laterFailed = true;
      this.requestUpdate();
      return null;
    }
  }

  /** The clock (Europe/Copenhagen wall time is derived from it); tests set it. */
  protected now(): Date {
    return new Date();
  }

  /** Today's date in Copenhagen; the clock's arithmetic comes with the later steps' chunk. */
  protected today(views: LaterViews): string {
    return views.copenhagenDate(this.now());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A plain page the finder linked to (its `referral-url`) carries the choice in its query.
    if (this.prefill == null && typeof location !== 'undefined') {
      const fromQuery = prefillFromQuery(location.search, (parameter, expected) =>
        console.warn(
          `<lt-referral-widget>: ignored the page's "${parameter}" parameter: expected ${expected}`,
        ),
      );
      if (fromQuery) this.prefill = fromQuery;
    }
    prefetchOnFirstUse(this, later);
    this.#settling = openDraftStore<ReferralDraft>(
      {
        key: this.draftKey,
        storage: this.storage,
        ttlHours: this.draftTtl,
        schema: () => import('./logic/form-schema.js').then((m) => m.ReferralDraft),
      },
      (...args) => this.checked(...args),
    )
      // Offline before the draft store loaded: the form works without a draft.
      .then(
        (store) => this.#flow.open(store),
        () => null,
      )
      .then(async (draft) => {
        if (!draft) return;
        this.#key = draft.idempotencyKey;
        this.notice = 'restored';
        if (!FIRST_STEPS.includes(draft.step)) await this.#later();
      });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { form } = this.#flow;
    if (changed.has('mode') && !form.role) {
      const role = this.#mode();
      if (role) this.#flow.form = { ...form, role };
    }
    // The prefill is checked against the contract, which may still be loading: it is read on
    // the first update after the offer directory's checks are there.
    if (changed.has('prefill')) this.#prefillUnread = this.prefill != null;
    if (this.#prefillUnread && !this.#flow.form.municipality) {
      const offer = this.#offer();
      if (offer) this.#flow.form = { ...this.#flow.form, municipality: offer.municipality };
      if (directoryChecks.now()) this.#prefillUnread = false;
    }
    // A known municipality (a prefill, a restored draft) needs the 98 municipalities for its
    // region's crisis contacts: they come with the later steps' chunk, fetched now.
    if (this.#flow.form.municipality && !later.now() && !this.#regionAsked) {
      this.#regionAsked = true;
      void later.load().then(
        () => this.requestUpdate(),
        () => undefined,
      );
    }
  }

  #mode(): ReferralForm['role'] | undefined {
    return this.checked(
      'mode',
      this.mode,
      oneOf(WRITER_ROLES),
      undefined,
      'young-person, parent, foster-carer or professional',
    );
  }

  #offer(): OfferPrefill | null {
    return this.checkedDocument(
      'prefill',
      this.prefill,
      (schemas) => schemas.OfferPrefill,
      null,
      'an lt-offer-select detail',
      directoryChecks,
    );
  }

  readonly #catalogs = new LazyCatalogs(this, catalogs.da, loadEnglish);
  /** The later views' styles have been adopted. */
  #laterStyled = false;
  /** The later steps' strings, made when their chunk has loaded. */
  #laterCatalogs: LazyCatalogs<LaterViews['daLater']> | null = null;

  /** The strings, addressed to the writer ("du" for a young person writing about herself). */
  #t(): FirstStrings {
    const t = this.#catalogs.strings(this.localeController.locale, this.strings);
    return addressed(t, this.#flow.form.role === 'young-person');
  }

  /** The later steps' views and context (every string), or null while they load. */
  #late(ctx: StepContext): { views: LaterViews; ctx: LaterContext } | null {
    const views = later.now();
    if (!views) return null;
    if (!this.#laterStyled && this.shadowRoot) {
      // The later views' styles come with their chunk: adopted beside the element's own, once,
      // before any later view renders.
      this.#laterStyled = true;
      adoptStyles(this.shadowRoot, [
        ...(this.constructor as typeof LtReferralWidget).elementStyles,
        views.laterStyles,
      ]);
    }
    this.#laterCatalogs ??= new LazyCatalogs(this, views.daLater, views.loadEnglishLater);
    const t = addressed(
      { ...ctx.t, ...this.#laterCatalogs.strings(this.localeController.locale, this.strings) },
      ctx.form.role === 'young-person',
    );
    return { views, ctx: { ...ctx, t, errorMessage: (error) => views.errorText(t, error) } };
  }

  #title = (step: StepId): string => stepTitle(this.#t(), step);

  #set = (patch: Partial<ReferralForm>): void => {
    this.notice = '';
    const before = mentionsSelfHarm(this.#flow.form);
    this.#flow.set(patch);
    // Ticking "Gør skade på sig selv" brings the crisis box forward under the list at once;
    // said politely, since focus stays on the box being ticked.
    if (!before && mentionsSelfHarm(this.#flow.form))
      this.#live.announce(this.#t().selfHarmAnnounce);
  };

  /** "Brug for hjælp nu?": opens the crisis box here, or focuses the one the step shows. */
  #helpNow = async (): Promise<void> => {
    const { step, form } = this.#flow;
    const views = later.now();
    // A birth date is only given on step 2, which comes with the later steps' chunk.
    const fit = (views && views.ageInfo(form.birthDate, this.today(views))?.fit) ?? null;
    if (!stepShowsCrisis(step, form, fit)) {
      this.helpOpen = !this.helpOpen;
      if (!this.helpOpen) return;
    }
    await this.updateComplete;
    focusHeading(this.renderRoot.querySelector<HTMLElement>('#lt-crisis-heading'));
  };

  #onSafety = (safety: ReferralForm['safety']): void => {
    const wasUrgent = isUrgent(this.#flow.form);
    this.#set({ safety });
    if ((safety === 'yes' || safety === 'unsure') && !wasUrgent) {
      this.#live.announce(this.#t().crisisAnnounce, 'assertive');
      // The prefill is read with the contract's schemas, which the event needs anyway.
      void contractSchemas.load().then(() => {
        const offer = this.#offer();
        return this.emit(referralUrgent, {
          safety,
          municipality: this.#flow.form.municipality || offer?.municipality,
          offerId: offer?.offerId,
        });
      });
    }
  };

  #ctx(): StepContext {
    const locale = this.localeController.locale;
    const contacts = (attribute: string, value: CrisisContact[] | null) =>
      this.checkedDocument(
        attribute,
        value,
        (schemas) => schemas.CrisisContactList,
        [],
        'a non-empty list of crisis contacts',
        directoryChecks,
      );
    const views = later.now();
    return {
      t: this.#t(),
      locale,
      form: this.#flow.form,
      errors: this.#flow.errors,
      age: views ? views.ageInfo(this.#flow.form.birthDate, this.today(views)) : null,
      cprEnabled: this.cpr,
      cpr: this.cprValue,
      crisisContacts: this.checkedDocument(
        'crisis-contacts',
        this.crisisContacts,
        (schemas) => schemas.CrisisContactList,
        defaultCrisisContacts(locale),
        'a non-empty list of crisis contacts',
        directoryChecks,
      ),
      // The 98 municipalities come with the later steps' chunk, fetched as soon as a municipality
      // is known (a prefill) or the form is first used; until then a host's regional crisis
      // contact waits, and the national help (112, the doctor, the out-of-hours doctor) shows.
      region: views?.municipalityByCode(this.#flow.form.municipality)?.regionCode ?? null,
      anonymousCounselling: contacts('anonymous-counselling', this.anonymousCounselling),
      offerPhone: this.checkedDocument(
        'offer-phone',
        this.offerPhone,
        (schemas) => schemas.PhoneLine,
        null,
        'a phone line: number, hours and exceptions',
        directoryChecks,
      ),
      now: this.now(),
      set: this.#set,
      // Errors come from the step checks, so only once the later steps' chunk is there.
      errorMessage: () => '',
      setCpr: (value) => (this.cprValue = value),
    };
  }

  #validation(views: LaterViews) {
    return { today: this.today(views), cprEnabled: this.cpr, cpr: this.cprValue };
  }

  async #goTo(step: StepId, errors: FieldError[] = []): Promise<void> {
    this.confirmingDelete = false;
    // A later step opens once its views are there; offline, it opens saying so, with a retry
    // (nothing typed is lost).
    if (!FIRST_STEPS.includes(step)) await (this.#settling = this.#later());
    return this.#flow.goTo(step, errors);
  }

  async #next(): Promise<void> {
    const { step, form } = this.#flow;
    const following = STEPS[STEPS.indexOf(step) + 1] ?? 'review';
    // The checks come with the later steps; offline, the next step says so, with a retry, and
    // sending checks every step again.
    const views = await (this.#settling = this.#later());
    if (!views) return this.#goTo(following);
    const errors = views.validateStep(step, form, this.#validation(views));
    if (errors.length) return this.#goTo(step, errors);
    return this.#goTo(following);
  }

  async #submit(): Promise<void> {
    const views = await this.#later();
    const send = this.#send;
    if (!views || !send || send.sending) return;
    const { form } = this.#flow;
    const invalid = views.firstInvalidStep(form, this.#validation(views));
    if (invalid)
      return this.#goTo(invalid, views.validateStep(invalid, form, this.#validation(views)));
    let urgent = false;
    const receipt = await send.send(async () => {
      const schemas = await contractSchemas.load(); // before reading the prefill with them
      const built = views.buildReferral(
        form,
        {
          today: this.today(views),
          now: this.now(),
          consentTextVersion: this.consentVersion,
          cpr: this.cpr ? this.cprValue : undefined,
          offer: this.#offer(),
        },
        schemas,
      );
      if (!built.ok) return null;
      urgent = built.value.urgent;
      return { referral: built.value };
    });
    if (!receipt) return;
    this.#flow.forget();
    this.#sentUrgent = urgent;
    this.requestUpdate();
    void this.emit(referralSubmitted, { receipt, urgent });
    await this.updateComplete;
    focusHeading(this.renderRoot.querySelector<HTMLElement>('#step-heading'));
  }

  #delete(): void {
    this.#send?.reset();
    this.#key = undefined;
    const role = this.#mode();
    this.#flow.clear(role ? { ...emptyForm(), role } : emptyForm());
    this.cprValue = '';
    this.helpOpen = false;
    this.confirmingDelete = false;
    this.notice = 'deleted';
    void this.#flow.goTo('who', [], false);
    this.#live.announce(this.#t().deleted);
  }

  /** A later step whose views are still loading, or could not load (offline). */
  #laterMissing(t: FirstStrings) {
    if (!this.#laterFailed) {
      void this.#later();
      return html`<p role="status">${t.loadingStep}</p>`;
    }
    return html`<div class="failure" role="alert">
      <p>${t.stepLoadFailed}</p>
      <button
        type="button"
        class="lt-button"
        @click=${() =>
          void this.#later().then(
            (views) =>
              views &&
              this.updateComplete.then(() =>
                focusHeading(this.renderRoot.querySelector<HTMLElement>('#step-heading')),
              ),
          )}
      >
        ${t.retry}
      </button>
    </div>`;
  }

  override render() {
    const ctx = this.#ctx();
    const { t } = ctx;
    const late = this.#late(ctx);
    const send = this.#send?.state;
    if (late && send?.kind === 'done') {
      return html`<section part="base" class="base" aria-labelledby="step-heading">
        <h2 id="step-heading">${t.receiptTitle}</h2>
        ${late.views.receiptView(late.ctx, {
          receipt: send.receipt,
          today: this.today(late.views),
          urgent: this.#sentUrgent,
        })}
        ${this.#live.render()}
      </section>`;
    }
    const index = STEPS.indexOf(this.#flow.step);
    const failure =
      late && send?.kind === 'failed'
        ? late.views.failureNotice(late.ctx.t, {
            ...late.views.failureMessage(late.ctx.t, send.error),
            onRetry: () => void this.#submit(),
          })
        : nothing;
    const body = renderStep(
      this.#flow.step,
      ctx,
      {
        onSafety: this.#onSafety,
        stepTitle: this.#title,
        goTo: (s) => void this.#goTo(s),
        failure,
      },
      late,
    );
    const notice = { '': '', restored: t.restored, deleted: t.deleted }[this.notice];
    // Nothing answers the form yet: it says so, and makes no promise of a reply.
    const unwired = this.unanswered(referralSubmit.name, this.endpoint, this.hostListens);
    return html`<section part="base" class="base" aria-label=${t.title}>
      ${progress(t, this.#flow.step, this.#title)}
      ${notice ? html`<p class="notice" id="notice">${notice}</p>` : nothing}
      ${unwired ? unwiredNotice(t, ctx.offerPhone?.number ?? null) : nothing}
      ${errorSummary(t, this.#flow.errors, (late ?? { ctx }).ctx.errorMessage, this.renderRoot)}
      <h2 id="step-heading">
        <span class="caption">${t.stepOf(index + 1, STEPS.length)}</span>
        ${this.#title(this.#flow.step)}
      </h2>
      ${helpNow(ctx, {
        open: this.helpOpen,
        elsewhere: stepShowsCrisis(this.#flow.step, this.#flow.form, ctx.age?.fit ?? null),
        onPress: () => void this.#helpNow(),
      })}
      ${this.#flow.step === 'who' ? html`<p id="intro">${unwired ? t.introUnwired : t.intro}</p>` : nothing}
      <form novalidate @submit=${(e: Event) => e.preventDefault()}>
        ${body ?? this.#laterMissing(t)}
        ${actions(t, {
          step: this.#flow.step,
          blocked: this.#flow.step === 'child' && ctx.age !== null && ctx.age.fit !== 'in-range',
          sending: !!this.#send?.sending,
          onNext: () => void this.#next(),
          onSend: () => void this.#submit(),
          onSkip: () => void this.#goTo('consent'),
          onBack: () => void this.#goTo(STEPS[index - 1] ?? 'who'),
        })}
      </form>
      ${deleteAction(t, {
        stored: this.#flow.stored,
        confirming: this.confirmingDelete,
        ask: () => (this.confirmingDelete = true),
        confirm: () => this.#delete(),
        cancel: () => (this.confirmingDelete = false),
      })}
      ${this.#live.render()}
    </section>`;
  }
}
