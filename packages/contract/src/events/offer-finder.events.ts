import * as z from 'zod/mini';
import { defineEvent, type LtEvent } from './event.js';
import { Id, MunicipalityCode } from '../schemas/common.js';

export const CONTACT_CHANNELS = ['self-referral', 'phone', 'email', 'website'] as const;

/** `lt-offer-select`: the user chose to get in touch. */
export const offerSelect = defineEvent({
  name: 'lt-offer-select',
  firedBy: ['lt-offer-finder'],
  when: 'The user chose how to get in touch with an offer. A host opens <lt-referral-widget> prefilled with this detail for "self-referral"; for the other channels the link has already opened.',
  detail: z.object({
    municipality: MunicipalityCode,
    offerId: Id,
    courseId: z.optional(Id),
    channel: z.enum(CONTACT_CHANNELS),
  }),
  cancelable: 'Cancel to stop the link opening, e.g. to open the referral form in place instead.',
});

export type OfferSelectDetail = z.infer<typeof offerSelect.detail>;

declare global {
  interface HTMLElementEventMap {
    'lt-offer-select': LtEvent<OfferSelectDetail>;
  }
}
