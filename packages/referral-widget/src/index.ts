import './define.js';
import { widgetLifecycles } from '@lettilbud/foundations';

export { LtReferralWidget } from './referral-widget.js';
export type { ReferralStrings } from './i18n/index.js';
export type { Referral, ReferralReceipt, OfferPrefill, CrisisContact } from '@lettilbud/contract';
export type { OfferPhone } from './logic/reply.js';

/** single-spa lifecycles: mount <lt-referral-widget> as an application. */
export const { bootstrap, mount, update, unmount } = widgetLifecycles('lt-referral-widget');
