import * as z from 'zod/mini';
import { defineEvent, type LtEvent } from './event.js';
import { ConcernId, Id, MunicipalityCode } from '../schemas/common.js';
import { COURSE_FORMATS } from '../schemas/offer-directory.js';

export const CONTACT_CHANNELS = ['self-referral', 'phone', 'email', 'website'] as const;

/** `lt-offer-select`: the user chose to get in touch. */
export const offerSelectSpec = defineEvent({
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

export type OfferSelectDetail = z.infer<typeof offerSelectSpec.detail>;

/** `lt-offer-finder-change`: the selection changed, for hosts that keep it in the URL. */
export const offerFinderChangeSpec = defineEvent({
  name: 'lt-offer-finder-change',
  firedBy: ['lt-offer-finder'],
  when: "The user chose a municipality or changed a filter. Hosts that deep-link write this to the URL and set it back through the element's `selection` property.",
  detail: z.object({
    municipality: z.nullable(MunicipalityCode),
    age: z.nullable(z.number().check(z.int(), z.gte(0), z.lte(25))),
    concerns: z.array(ConcernId),
    format: z.nullable(z.enum(COURSE_FORMATS)),
  }),
  cancelable: false,
});

export type OfferFinderSelection = z.infer<typeof offerFinderChangeSpec.detail>;

declare global {
  interface HTMLElementEventMap {
    'lt-offer-select': LtEvent<OfferSelectDetail>;
    'lt-offer-finder-change': LtEvent<OfferFinderSelection>;
  }
}
