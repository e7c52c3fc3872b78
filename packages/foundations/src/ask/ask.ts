import {
  contractSchemas,
  type AskDetail,
  type Checker,
  type ContractSchemas,
} from '@lettilbud/contract';
import { LtEvent } from '../events/lt-event.js';
import { DEFAULT_ASK_TIMEOUT_MS, LtAskError, newIdempotencyKey } from './ask-error.js';

/**
 * The one way a widget asks its host for something and waits for the answer, modelled on
 * Lit's context request and the service worker's `FetchEvent.respondWith()`:
 *
 * 1. The widget dispatches a cancelable, bubbling, composed event (e.g. `lt-referral-submit`)
 *    whose detail carries the payload, an `idempotencyKey`, an `AbortSignal` and
 *    `respondWith(answer)`.
 * 2. A host listener calls `respondWith(promise)` synchronously; the widget waits for that
 *    promise (with a timeout) and validates what it resolves to. A host that calls
 *    `preventDefault()` without `respondWith()` vetoes the request.
 * 3. With no answer, the widget falls back to its `endpoint` attribute: a JSON fetch with an
 *    `Idempotency-Key` header on writes. With no endpoint either, it fails as `no-handler`.
 *
 * Nothing is sent anywhere the host did not configure.
 */

export interface AskOptions<P, R> {
  /** The element that asks; the event is dispatched on it. */
  readonly host: HTMLElement;
  /** The contract event name. */
  readonly event: `lt-${string}`;
  /** The payload, already validated against its contract schema by the caller. */
  readonly payload: P;
  /**
   * Picks the answer's schema (e.g. a receipt) from the contract's schemas, which load on
   * demand; answers that fail it are `invalid-response`.
   */
  readonly response: (schemas: ContractSchemas) => Checker<R>;
  /** Fallback URL when no listener answers. */
  readonly endpoint?: string | null | undefined;
  /** POST sends the payload as JSON (a write); GET sends nothing. */
  readonly method?: 'POST' | 'GET';
  /** Reused on retries; generated when absent. */
  readonly idempotencyKey?: string;
  /** Milliseconds before giving up; default 15 000. */
  readonly timeoutMs?: number;
  /** Cancels the request, e.g. when the element leaves the page. */
  readonly signal?: AbortSignal;
}

/** Asks the host; resolves with the validated answer or rejects with an {@link LtAskError}. */
export async function ask<P extends object, R>(options: AskOptions<P, R>): Promise<R> {
  const idempotencyKey = options.idempotencyKey ?? newIdempotencyKey();
  // The answer's schema loads while the host answers.
  void contractSchemas.load().catch(() => undefined);
  const timeoutMs = options.timeoutMs ?? DEFAULT_ASK_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new LtAskError('timeout', `No answer within ${timeoutMs} ms`)),
    timeoutMs,
  );
  const onOuterAbort = () =>
    controller.abort(new LtAskError('aborted', 'The request was cancelled'));
  if (options.signal?.aborted) onOuterAbort();
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });

  try {
    let answer: unknown;
    let answered = false;
    let dispatched = false;
    const detail: AskDetail<P> = {
      ...options.payload,
      idempotencyKey,
      signal: controller.signal,
      respondWith(value: unknown) {
        if (answered) throw new Error(`${options.event}: respondWith() was already called`);
        if (dispatched)
          throw new Error(`${options.event}: call respondWith() synchronously in the listener`);
        answered = true;
        answer = value;
        event.preventDefault();
      },
    };
    const event = new LtEvent(options.event, detail, { cancelable: true });
    const notCancelled = options.host.dispatchEvent(event);
    dispatched = true;

    let raw: unknown;
    if (answered) {
      raw = await untilAborted(Promise.resolve(answer), controller.signal).catch(
        (cause: unknown) => {
          if (cause instanceof LtAskError) throw cause;
          throw new LtAskError('rejected', 'The host rejected the request', { cause });
        },
      );
    } else if (!notCancelled) {
      throw new LtAskError('vetoed', 'The host cancelled the request');
    } else if (options.endpoint) {
      raw = await fetchJson(
        options.endpoint,
        options.method ?? 'POST',
        options.payload,
        idempotencyKey,
        controller.signal,
      );
    } else {
      throw new LtAskError('no-handler', `Nobody answered ${options.event} and no endpoint is set`);
    }

    let schemas: ContractSchemas;
    try {
      schemas = await untilAborted(contractSchemas.load(), controller.signal);
    } catch (cause) {
      if (cause instanceof LtAskError) throw cause;
      throw new LtAskError('network', 'The contract could not be loaded', { cause });
    }
    const parsed = options.response(schemas).safeParse(raw);
    if (!parsed.success) {
      const issues = schemas.formatIssues(parsed.error);
      // Said at once to the host developer, naming the fields expected (paths, never values:
      // the answer may hold health data); the family sees the widget's own failure message.
      console.error(
        `<${options.host.localName}>: the answer to ${options.event} (${answered ? 'respondWith()' : 'its endpoint'}) does not match the contract: ${issues}. docs/contract.md, "${options.event}", says what the answer must hold.`,
      );
      throw new LtAskError('invalid-response', `The answer does not match the contract: ${issues}`);
    }
    return parsed.data;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    promise.then(resolve, reject);
  });
}

async function fetchJson(
  url: string,
  method: 'POST' | 'GET',
  payload: unknown,
  idempotencyKey: string,
  signal: AbortSignal,
): Promise<unknown> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    throw new LtAskError('offline', 'The device is offline');
  }
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      signal,
      credentials: 'same-origin',
      headers:
        method === 'POST'
          ? {
              'Content-Type': 'application/json',
              Accept: 'application/json',
              'Idempotency-Key': idempotencyKey,
            }
          : { Accept: 'application/json' },
      body: method === 'POST' ? JSON.stringify(payload) : null,
    });
  } catch (cause) {
    if (signal.aborted) throw signal.reason;
    throw new LtAskError('network', 'The server could not be reached', { cause });
  }
  if (!response.ok) {
    throw new LtAskError('http', `The server answered ${response.status}`, {
      status: response.status,
    });
  }
  try {
    return await untilAborted(response.json() as Promise<unknown>, signal);
  } catch (cause) {
    if (cause instanceof LtAskError) throw cause;
    throw new LtAskError('invalid-response', 'The server did not answer with JSON', { cause });
  }
}
