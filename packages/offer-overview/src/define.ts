import { LtOfferOverview } from './offer-overview.js';

LtOfferOverview.define('lt-offer-overview');

declare global {
  interface HTMLElementTagNameMap {
    'lt-offer-overview': LtOfferOverview;
  }
}
