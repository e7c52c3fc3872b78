import './define.js';
import { widgetLifecycles } from '@lettilbud/contract';

export { LtOfferFinder } from './offer-finder.js';

/** single-spa lifecycles: mount <lt-offer-finder> as an application. */
export const { bootstrap, mount, update, unmount } = widgetLifecycles('lt-offer-finder');
