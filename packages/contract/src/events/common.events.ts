import * as z from 'zod/mini';
import { defineEvent, type LtEvent } from './event.js';
import { Text } from '../schemas/common.js';

export const DATA_ERROR_KINDS = [
  'network',
  'http',
  'timeout',
  'invalid-json',
  'schema',
  'no-handler',
] as const;

/** `lt-data-error`: a feed, record or questionnaire could not be used (or only in part). */
export const dataErrorSpec = defineEvent({
  name: 'lt-data-error',
  firedBy: ['lt-offer-finder', 'lt-sdq-form', 'lt-journal-panel', 'lt-offer-overview'],
  when: 'A data source failed: network error, HTTP error, timeout, invalid JSON or a schema violation. The widget shows a clear message, falls back where that is correct, and skips invalid entries, listing them here by path.',
  detail: z.object({
    source: z
      .enum(['directory', 'postal-codes', 'questionnaire', 'case', 'bundle', 'cases'])
      .check(
        z.describe(
          'Which input failed; "cases" is the overview\'s many cases (property, src or the host\'s answer).',
        ),
      ),
    kind: z.enum(DATA_ERROR_KINDS).check(z.describe('What went wrong.')),
    status: z.optional(z.number().check(z.describe('HTTP status, when there was one.'))),
    fallback: z
      .boolean()
      .check(z.describe('True when the widget fell back to its embedded default data.')),
    issues: z
      .array(z.object({ path: Text(300), message: Text(300) }))
      .check(z.describe('Each problem with its path, e.g. "offers[3].phone.number"; no values.')),
  }),
  cancelable: false,
});

export type DataErrorDetail = z.infer<typeof dataErrorSpec.detail>;

declare global {
  interface HTMLElementEventMap {
    'lt-data-error': LtEvent<DataErrorDetail>;
  }
}
