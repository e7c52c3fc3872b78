import * as z from 'zod/mini';
import { defineEvent, type LtEvent } from './event.js';
import { SdqReceipt, SdqResult } from '../schemas/sdq.js';
import type { AskDetail } from './ask-detail.js';

/** `lt-sdq-submit`: the ask/answer request that sends a completed SDQ. */
export const sdqSubmitSpec = defineEvent({
  name: 'lt-sdq-submit',
  firedBy: ['lt-sdq-form'],
  when: 'The respondent pressed "Send" (and on every retry, with the same idempotencyKey).',
  detail: z.object({ result: SdqResult }),
  cancelable:
    'preventDefault() without respondWith() means the host refuses; the answers are kept.',
  answer:
    'Call event.detail.respondWith(promise) synchronously; resolve with { reference }. Without a listener the form POSTs the result to its endpoint attribute with an Idempotency-Key header.',
});

/** `lt-sdq-submitted`: the host confirmed the response. */
export const sdqSubmittedSpec = defineEvent({
  name: 'lt-sdq-submitted',
  firedBy: ['lt-sdq-form'],
  when: 'The host confirmed the response; the draft has been deleted.',
  detail: z.object({ receipt: SdqReceipt }),
  cancelable: false,
});

export type SdqSubmitDetail = AskDetail<z.infer<typeof sdqSubmitSpec.detail>>;
export type SdqSubmittedDetail = z.infer<typeof sdqSubmittedSpec.detail>;

declare global {
  interface HTMLElementEventMap {
    'lt-sdq-submit': LtEvent<SdqSubmitDetail>;
    'lt-sdq-submitted': LtEvent<SdqSubmittedDetail>;
  }
}
