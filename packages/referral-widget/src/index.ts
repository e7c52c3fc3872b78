import './define.js';
import { widgetLifecycles } from '@lettilbud/contract';

export { LtReferralWidget } from './referral-widget.js';
export type { OfferPhone } from './logic/reply.js';

/** single-spa lifecycles: mount <lt-referral-widget> as an application. */
export const { bootstrap, mount, update, unmount } = widgetLifecycles('lt-referral-widget');
