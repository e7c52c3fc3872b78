import type { DATA_ERROR_KINDS } from '@lettilbud/contract';

/**
 * Reads a JSON document from a URL the host gave (a `src` attribute: a feed, a
 * questionnaire, a case), with a timeout, and fails with the `lt-data-error` kind to report.
 * A read sends nothing but the GET the host configured.
 */
export class LtLoadError extends Error {
  override readonly name = 'LtLoadError';
  readonly kind: (typeof DATA_ERROR_KINDS)[number];
  readonly status: number | undefined;
  constructor(kind: (typeof DATA_ERROR_KINDS)[number], message: string, status?: number) {
    super(message);
    this.kind = kind;
    this.status = status;
  }
}

export async function loadJson(
  url: string,
  options: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<unknown> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 15_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
  } catch {
    if (timeout.aborted) throw new LtLoadError('timeout', `No answer from ${url}`);
    throw new LtLoadError('network', `Could not reach ${url}`);
  }
  if (!response.ok)
    throw new LtLoadError('http', `${url} answered ${response.status}`, response.status);
  try {
    return await response.json();
  } catch {
    if (timeout.aborted) throw new LtLoadError('timeout', `No answer from ${url}`);
    throw new LtLoadError('invalid-json', `${url} did not answer with JSON`);
  }
}
