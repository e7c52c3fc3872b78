import { type DataErrorDetail, type Issue } from '@lettilbud/contract';
import { LtLoadError } from '@lettilbud/foundations';

/** What an lt-data-error says went wrong: its kind, and the HTTP status when there was one. */
export type Failure = Pick<DataErrorDetail, 'kind' | 'status'>;

/**
 * The lt-data-error kind of a failed load (`loadJson`'s own kinds) or ask: a host that vetoes
 * without answering is as good as no host; an answer that is not a list is a schema error.
 */
export function failureOf(error: unknown): Failure {
  if (error instanceof LtLoadError)
    return { kind: error.kind, ...(error.status !== undefined ? { status: error.status } : {}) };
  const { kind, status } = error as { kind?: string; status?: number };
  switch (kind) {
    case 'no-handler':
    case 'vetoed':
      return { kind: 'no-handler' };
    case 'timeout':
      return { kind: 'timeout' };
    case 'invalid-response':
      return { kind: 'schema' };
    case 'http':
      return { kind: 'http', ...(status !== undefined ? { status } : {}) };
    default:
      return { kind: 'network' };
  }
}

/** The one problem of an overview nobody gave any cases to: what to set. */
export function noHandlerIssues(error: unknown): Issue[] {
  const kind = (error as { kind?: string }).kind;
  return kind === 'no-handler' || kind === 'vetoed'
    ? [
        {
          path: 'cases',
          message:
            'No cases: set the cases or bundles property or the src attribute, or answer lt-overview-request',
        },
      ]
    : [];
}
