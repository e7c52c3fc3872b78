import type { ReactiveController, ReactiveElement } from 'lit';
import { focusHeading, type DraftStore } from '@lettilbud/foundations';
import { emptyForm, type ReferralDraft, type ReferralForm, type StepId } from '../logic/form.js';
import type { FieldError } from '../logic/validators.js';

export interface FormFlowOptions {
  /** The idempotency key of an unconfirmed submission, kept in the draft. */
  readonly key: () => string | undefined;
}

/**
 * The form's state and its one persistence: the answers, the step, the errors shown, and
 * the draft they are saved to on every change (never lose a word). Moving between steps
 * keeps every answer and puts focus on the new step's heading, or on the error summary.
 */
export class FormFlowController implements ReactiveController {
  form: ReferralForm = emptyForm();
  step: StepId = 'who';
  errors: FieldError[] = [];
  readonly #host: ReactiveElement;
  readonly #options: FormFlowOptions;
  #store: DraftStore<ReferralDraft> | null = null;
  #touched = false;

  constructor(host: ReactiveElement, options: FormFlowOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Takes the draft store once (it loads on demand) and restores a saved draft; resolves with
   * it, or null. The form shows at once; a family that starts typing before a draft is
   * restored keeps what they typed, saved as soon as the store is there.
   */
  async open(store: DraftStore<ReferralDraft>): Promise<ReferralDraft | null> {
    if (this.#store) return null;
    this.#store = store;
    this.#host.requestUpdate(); // The note that answers are kept shows once the store is there.
    if (this.#touched) {
      this.save();
      return null;
    }
    if (!store.has()) return null;
    const draft = (await store.load())?.data ?? null;
    if (!draft || this.#touched) return null;
    this.form = draft.form;
    this.step = draft.step;
    this.#host.requestUpdate();
    return draft;
  }

  /** Whether answers are kept in web storage (not with `storage="none"`). */
  get stored(): boolean {
    return this.#store !== null && this.#store.storage !== 'none';
  }

  save(): void {
    this.#store?.save({ form: this.form, step: this.step, idempotencyKey: this.#options.key() });
  }

  /** Changes answers and saves the draft at once. */
  set(patch: Partial<ReferralForm>): void {
    this.#touched = true;
    this.form = { ...this.form, ...patch };
    this.save();
    this.#host.requestUpdate();
  }

  /** Goes to a step (or stays, with errors), then moves focus. */
  async goTo(step: StepId, errors: FieldError[] = [], save = true): Promise<void> {
    this.step = step;
    this.errors = errors;
    if (save) this.save();
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const target = errors.length ? '#error-summary' : '#step-heading';
    focusHeading(this.#host.renderRoot.querySelector<HTMLElement>(target));
  }

  /** Deletes the draft and every answer ("Slet det, jeg har skrevet", or after a receipt). */
  clear(form: ReferralForm = emptyForm()): void {
    this.#store?.clear();
    this.form = form;
    this.errors = [];
    this.#host.requestUpdate();
  }

  /** Deletes only the stored draft, after the host confirmed the submission. */
  forget(): void {
    this.#store?.clear();
  }
}
