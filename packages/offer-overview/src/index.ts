import './define.js';
import { widgetLifecycles } from '@lettilbud/contract';

export { LtOfferOverview } from './offer-overview.js';
export { aggregate, defaultPeriod, type Overview, type Period } from './logic/aggregate.js';
export { buildTables, toCsv, type Table } from './logic/tables.js';

/** single-spa lifecycles: mount <lt-offer-overview> as an application. */
export const { bootstrap, mount, update, unmount } = widgetLifecycles('lt-offer-overview');
