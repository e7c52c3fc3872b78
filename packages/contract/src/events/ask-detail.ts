/**
 * The detail of an ask/answer event (`lt-referral-submit`, `lt-sdq-submit`,
 * `lt-journal-request`, `lt-overview-request`): the payload plus the handle a host answers
 * with. The widgets' `ask()` (in `@lettilbud/foundations`) dispatches it.
 */
/** What the host sees in `event.detail` besides the payload. */
export interface AskHandle {
  /** Stable per logical request: a retry of the same submission sends the same key. */
  readonly idempotencyKey: string;
  /** Aborted when the widget gives up (timeout, unmount); pass it to your own fetch. */
  readonly signal: AbortSignal;
  /** Answer the request. Call synchronously inside the listener; the value may be a promise. */
  respondWith(answer: unknown): void;
}

export type AskDetail<P> = P & AskHandle;
