/**
 * The referral's steps after the first but safety (the child, what is hard, contact, more,
 * consent, review), the receipt, the checks of each step, and what sending needs: its own
 * chunk, fetched on the first focus or touch, so the first screen loads without them. The
 * safety step, "Brug for hjælp nu?" and the crisis box are never in here: crisis help must not
 * wait for a download.
 */
export { SubmissionController, failureMessage } from '@lettilbud/foundations';
export { childStep, hardStep } from './steps-about.js';
export { laterStyles } from './later-styles.js';
export { consentStep, contactStep, moreStep } from './steps-second.js';
export { firstInvalidStep, validateStep } from '../logic/validators.js';
export { errorText } from './error-text.js';
export { ageInfo } from '../logic/dates.js';
export { copenhagenDate, municipalityByCode } from '@lettilbud/contract';
export { failureNotice, receiptView, reviewStep } from './review.js';
export { buildReferral } from '../logic/build-referral.js';
export { daLater } from '../i18n/da-later.js';
export const loadEnglishLater = () => import('../i18n/en-later.js').then((m) => m.enLater);
