import { LtOfferFinder } from './offer-finder.js';

LtOfferFinder.define('lt-offer-finder');

declare global {
  interface HTMLElementTagNameMap {
    'lt-offer-finder': LtOfferFinder;
  }
}
