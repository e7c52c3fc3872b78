import * as z from 'zod/mini';
import { defineEvent, type LtEvent } from './event.js';
import { Referral, ReferralReceipt } from '../schemas/referral.js';
import type { AskDetail } from './ask-detail.js';
import { Id, MunicipalityCode } from '../schemas/common.js';

/** `lt-referral-submit`: the ask/answer request that sends a referral. */
export const referralSubmitSpec = defineEvent({
  name: 'lt-referral-submit',
  firedBy: ['lt-referral-widget'],
  when: 'The family pressed "Send" on the review step (and on every retry, with the same idempotencyKey).',
  detail: z.object({ referral: Referral }),
  cancelable:
    'preventDefault() without respondWith() means the host refuses; nothing is lost and the family is told.',
  answer:
    'Call event.detail.respondWith(promise) synchronously; resolve with a ReferralReceipt ({ reference }). Without a listener the widget POSTs the referral to its endpoint attribute with an Idempotency-Key header and expects the receipt as JSON.',
});

/** `lt-referral-submitted`: the host confirmed the referral. */
export const referralSubmittedSpec = defineEvent({
  name: 'lt-referral-submitted',
  firedBy: ['lt-referral-widget'],
  when: 'The host confirmed the referral; the draft has been deleted and the receipt is shown.',
  detail: z.object({ receipt: ReferralReceipt, urgent: z.boolean() }),
  cancelable: false,
});

/** `lt-referral-urgent`: the safety answer was yes or not sure. */
export const referralUrgentSpec = defineEvent({
  name: 'lt-referral-urgent',
  firedBy: ['lt-referral-widget'],
  when: 'The safety question was answered "yes" or "not sure". Fires at once, before anything is sent, so the host can alert staff; carries no personal data.',
  detail: z.object({
    safety: z.enum(['yes', 'unsure']),
    municipality: z.optional(MunicipalityCode),
    offerId: z.optional(Id),
  }),
  cancelable: false,
});

export type ReferralSubmitDetail = AskDetail<z.infer<typeof referralSubmitSpec.detail>>;
export type ReferralSubmittedDetail = z.infer<typeof referralSubmittedSpec.detail>;
export type ReferralUrgentDetail = z.infer<typeof referralUrgentSpec.detail>;

declare global {
  interface HTMLElementEventMap {
    'lt-referral-submit': LtEvent<ReferralSubmitDetail>;
    'lt-referral-submitted': LtEvent<ReferralSubmittedDetail>;
    'lt-referral-urgent': LtEvent<ReferralUrgentDetail>;
  }
}
