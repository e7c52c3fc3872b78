import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  LtAskError,
  ReferralReceipt,
  ask,
  newIdempotencyKey,
  referralSubmit,
  type Referral,
} from '@lettilbud/contract';

/** Where a submission stands; like Lit's Task: initial, pending, complete, error. */
export type SendState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'sending' }
  | { readonly kind: 'failed'; readonly error: LtAskError | null }
  | { readonly kind: 'done'; readonly receipt: ReferralReceipt };

export interface SubmissionOptions {
  readonly endpoint: () => string | null;
  readonly timeoutMs: () => number;
  /** Called when the idempotency key changes, so the draft can keep it across a reload. */
  readonly onKey: () => void;
}

/**
 * Sends a referral through the contract's `ask()` once per press: a second press while
 * sending is ignored (a double click sends once), and every retry of the same logical
 * submission reuses one idempotency key until the host confirms. The request is aborted
 * when the element leaves the page.
 */
export class SubmissionController implements ReactiveController {
  state: SendState = { kind: 'idle' };
  /** The key of the submission in flight or last failed; undefined once confirmed. */
  key: string | undefined;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: SubmissionOptions;
  #abort: AbortController | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: SubmissionOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  get sending(): boolean {
    return this.state.kind === 'sending';
  }

  #set(state: SendState): void {
    this.state = state;
    this.#host.requestUpdate();
  }

  /** A payload that failed the contract (a widget bug): shown as a failure, never sent. */
  fail(): void {
    this.#set({ kind: 'failed', error: null });
  }

  /** Sends; resolves with the receipt, or null when it failed (the state says why). */
  async send(referral: Referral): Promise<ReferralReceipt | null> {
    if (this.sending) return null;
    if (!this.key) {
      this.key = newIdempotencyKey();
      this.#options.onKey();
    }
    this.#set({ kind: 'sending' });
    this.#abort = new AbortController();
    try {
      const receipt = await ask({
        host: this.#host,
        event: referralSubmit.name,
        payload: { referral },
        response: ReferralReceipt,
        endpoint: this.#options.endpoint(),
        idempotencyKey: this.key,
        timeoutMs: this.#options.timeoutMs(),
        signal: this.#abort.signal,
      });
      this.key = undefined;
      this.#set({ kind: 'done', receipt });
      return receipt;
    } catch (error) {
      this.#set({ kind: 'failed', error: error instanceof LtAskError ? error : null });
      return null;
    }
  }

  /** Forgets the key and the outcome ("delete what I wrote"). */
  reset(): void {
    this.key = undefined;
    this.#set({ kind: 'idle' });
  }
}
