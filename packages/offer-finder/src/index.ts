import './define.js';
import { widgetLifecycles } from '@lettilbud/foundations';

export { LtOfferFinder } from './offer-finder.js';
export type { FinderStrings } from './i18n/index.js';
export type { OfferDirectory, CrisisContact } from '@lettilbud/contract';

/** single-spa lifecycles: mount <lt-offer-finder> as an application. */
export const { bootstrap, mount, update, unmount } = widgetLifecycles('lt-offer-finder');
