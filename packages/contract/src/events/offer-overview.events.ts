import * as z from 'zod/mini';
import { defineEvent, type LtEvent } from './event.js';
import { IsoDate } from '../schemas/common.js';
import { OVERVIEW_GROUPINGS } from '../schemas/constants.js';
import type { AskDetail } from './ask-detail.js';

/** `lt-overview-request`: the overview asks the host for the cases of a period. */
export const overviewRequestSpec = defineEvent({
  name: 'lt-overview-request',
  firedBy: ['lt-offer-overview'],
  when: 'The overview has no cases, bundles or src: it asks the host for the cases of its period, again whenever the period or the grouping changes. With no answer it says at once that it is not set up and fires lt-data-error (no-handler).',
  detail: z.object({
    from: IsoDate.check(z.describe('First day of the period (inclusive), YYYY-MM-DD.')),
    to: IsoDate.check(z.describe('Last day of the period (inclusive), YYYY-MM-DD.')),
    groupBy: z.optional(
      z.enum(OVERVIEW_GROUPINGS).check(z.describe('How the headline tables are split, if at all.')),
    ),
  }),
  cancelable: false,
  answer:
    'Call event.detail.respondWith(promise) synchronously; resolve with an array of JournalCase records or of FHIR Bundles (KL Gateway LTT delivery reports), at least the cases whose first contact is in the period. Each is checked on its own: broken ones are skipped, counted and listed in lt-data-error. An answer that is not an array is refused.',
});

/** How `<lt-offer-overview>` may split its headline tables: `municipality` or `course`. */
export type OverviewGrouping = (typeof OVERVIEW_GROUPINGS)[number];
export type OverviewRequestDetail = AskDetail<z.infer<typeof overviewRequestSpec.detail>>;

declare global {
  interface HTMLElementEventMap {
    'lt-overview-request': LtEvent<OverviewRequestDetail>;
  }
}
