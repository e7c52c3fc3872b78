import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LtAskError, askModule, newIdempotencyKey } from './ask-error.js';
import type { Checker, ContractSchemas } from '@lettilbud/contract';
import { prefetchOnFirstUse } from '../element/prefetch.js';

/** Where a submission stands; like Lit's Task: initial, pending, complete, error. */
export type SendState<R> =
  | { readonly kind: 'idle' }
  | { readonly kind: 'sending' }
  | { readonly kind: 'failed'; readonly error: LtAskError | null }
  | { readonly kind: 'done'; readonly receipt: R };

export interface SubmissionOptions<R> {
  /** The contract event that carries the submission, e.g. `lt-referral-submit`. */
  readonly event: `lt-${string}`;
  /** Picks the receipt's schema from the contract's schemas (loaded on demand). */
  readonly response: (schemas: ContractSchemas) => Checker<R>;
  readonly endpoint: () => string | null;
  readonly timeoutMs: () => number;
  /** Called when the idempotency key changes, so the draft can keep it across a reload. */
  readonly onKey: () => void;
}

/**
 * Sends a form's payload through the contract's `ask()` once per press, for every form (the
 * referral, the SDQ): a second press while sending is ignored (a double click sends once),
 * and every retry of the same logical submission reuses one idempotency key until the host
 * confirms. The request is aborted when the element leaves the page.
 */
export class SubmissionController<P extends object, R> implements ReactiveController {
  state: SendState<R> = { kind: 'idle' };
  /** The key of the submission in flight or last failed; undefined once confirmed. */
  key: string | undefined;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: SubmissionOptions<R>;
  #abort: AbortController | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: SubmissionOptions<R>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // `ask()` is needed only to send: it loads when the form is first used.
    prefetchOnFirstUse(this.#host, askModule);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  get sending(): boolean {
    return this.state.kind === 'sending';
  }

  #set(state: SendState<R>): void {
    this.state = state;
    this.#host.requestUpdate();
  }

  /** A payload that failed the contract (a widget bug): shown as a failure, never sent. */
  fail(): void {
    this.#set({ kind: 'failed', error: null });
  }

  /**
   * Sends; resolves with the receipt, or null when it failed (the state says why). The
   * payload may be a builder that loads what it needs first (the contract's schemas): the
   * form shows "sending" from the press on. A builder that resolves to null (a payload that
   * breaks the contract) is a failure, never sent; one that throws (a chunk that could not
   * load: offline, a deploy in between) and an `ask()` that cannot load are network failures
   * the user can retry, with the same key.
   */
  async send(payload: P | (() => Promise<P | null>)): Promise<R | null> {
    if (this.sending) return null;
    if (!this.key) {
      this.key = newIdempotencyKey();
      this.#options.onKey();
    }
    this.#set({ kind: 'sending' });
    let body: P | null;
    let ask: (typeof import('./ask.js'))['ask'];
    try {
      [body, { ask }] = await Promise.all([
        typeof payload === 'function' ? payload() : payload,
        askModule.load(),
      ]);
    } catch (cause) {
      this.#set({
        kind: 'failed',
        error: new LtAskError('network', 'Part of the form could not be loaded', { cause }),
      });
      return null;
    }
    if (!body) {
      this.fail();
      return null;
    }
    this.#abort = new AbortController();
    try {
      const receipt = await ask({
        host: this.#host,
        event: this.#options.event,
        payload: body,
        response: this.#options.response,
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

/** Which plain-words message a failed send gets, and whether Retry can help. */
export function failureKind(error: LtAskError | null): {
  kind: 'refused' | 'offline' | 'timeout' | 'general';
  retryable: boolean;
} {
  if (!error || !error.retryable) return { kind: 'refused', retryable: false };
  if (error.kind === 'offline') return { kind: 'offline', retryable: true };
  if (error.kind === 'timeout') return { kind: 'timeout', retryable: true };
  return { kind: 'general', retryable: true };
}

/** The four plain-words failure messages a form gives (each widget words them its own way). */
export interface FailureStrings {
  readonly failRefused: string;
  readonly failOffline: string;
  readonly failTimeout: string;
  readonly failGeneral: string;
}

/**
 * What to tell the family when sending failed, and whether Retry (with the same idempotency
 * key) can help. A refusal by the host or a missing handler is not retryable: the family is
 * told to call instead. Nothing typed is ever dropped.
 */
export function failureMessage(
  t: FailureStrings,
  error: LtAskError | null,
): { message: string; retryable: boolean } {
  const { kind, retryable } = failureKind(error);
  const message = {
    refused: t.failRefused,
    offline: t.failOffline,
    timeout: t.failTimeout,
    general: t.failGeneral,
  }[kind];
  return { message, retryable };
}
