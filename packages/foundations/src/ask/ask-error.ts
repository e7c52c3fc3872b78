import { lazy } from '@lettilbud/contract';

/** Why an ask failed. Widgets map each kind to a plain-words message and keep all input. */
export type AskErrorKind =
  | 'vetoed'
  | 'rejected'
  | 'http'
  | 'network'
  | 'offline'
  | 'timeout'
  | 'invalid-response'
  | 'no-handler'
  | 'aborted';

export class LtAskError extends Error {
  override readonly name = 'LtAskError';
  /** What went wrong, for the widget to explain. */
  readonly kind: AskErrorKind;
  /** HTTP status, when the endpoint answered with one. */
  readonly status: number | undefined;
  /** Whether trying again (with the same idempotency key) can help. */
  get retryable(): boolean {
    return (
      this.kind !== 'vetoed' &&
      this.kind !== 'no-handler' &&
      this.kind !== 'aborted' &&
      !(
        this.kind === 'http' &&
        this.status !== undefined &&
        this.status >= 400 &&
        this.status < 500 &&
        this.status !== 408 &&
        this.status !== 409 &&
        this.status !== 429
      )
    );
  }
  constructor(
    kind: AskErrorKind,
    message: string,
    options: { status?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
  }
}

export const DEFAULT_ASK_TIMEOUT_MS = 15_000;

/** A fresh idempotency key (UUID v4), also outside secure contexts. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The ask/answer module (`ask()`), loaded on demand: a form needs it only when it sends, so it
 * is fetched on the first focus or touch (see `SubmissionController`) or when a widget asks.
 */
export const askModule = lazy<typeof import('./ask.js')>(() => import('./ask.js'));
