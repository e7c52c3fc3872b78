import * as z from 'zod/mini';

/**
 * What the draft store keeps: answers as [item, option position] pairs, the page, and the
 * idempotency key of a send that was tried but not confirmed. Loaded only to check a draft
 * that is there to restore; one written by another version or tampered with is dropped.
 */
export const SdqDraft = z.object({
  answers: z.array(z.tuple([z.int(), z.int()])),
  page: z.int(),
  key: z.optional(z.string()),
});
