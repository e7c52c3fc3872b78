/**
 * The referral's later steps (contact, more, consent, review), the receipt, and what sending
 * needs: its own chunk, fetched on the first focus or touch, so the first screen loads
 * without them. The safety step and its crisis box are never in here: crisis help must not
 * wait for a download.
 */
export { SubmissionController, failureMessage } from '@lettilbud/foundations';
export { consentStep, contactStep, moreStep } from './steps-second.js';
export { failureNotice, receiptView, reviewStep } from './review.js';
export { buildReferral } from '../logic/build-referral.js';
export { daLater } from '../i18n/da-later.js';
export const loadEnglishLater = () => import('../i18n/en-later.js').then((m) => m.enLater);
