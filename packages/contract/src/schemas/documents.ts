import type * as z from 'zod/mini';
import { Offer, OfferDirectory } from './offer-directory.js';
import { Referral, ReferralReceipt } from './referral.js';
import { SdqResult, SdqReceipt } from './sdq.js';
import { JournalCase } from './journal-case.js';

/** Every document schema, by the file name its JSON Schema is published under. */
export const DOCUMENTS: Readonly<Record<string, { schema: z.ZodMiniType; title: string }>> = {
  'offer-directory': { schema: OfferDirectory, title: 'Offer directory feed' },
  offer: { schema: Offer, title: 'One offer in the directory' },
  referral: { schema: Referral, title: 'Self-referral' },
  'referral-receipt': { schema: ReferralReceipt, title: 'Referral receipt (host answer)' },
  'sdq-result': { schema: SdqResult, title: 'SDQ result' },
  'sdq-receipt': { schema: SdqReceipt, title: 'SDQ receipt (host answer)' },
  'journal-case': { schema: JournalCase, title: 'Journal case record' },
};
