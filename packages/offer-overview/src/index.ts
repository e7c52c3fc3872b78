import './define.js';
import { widgetLifecycles } from '@lettilbud/foundations';

export { LtOfferOverview } from './offer-overview.js';
export { aggregate, defaultPeriod, type Overview, type Period } from './logic/aggregate.js';
export { buildTables, toCsv, type Table } from './logic/tables.js';
export {
  groupVisibility,
  splitCases,
  type Group,
  type GroupBy,
  type GroupVisibility,
} from './logic/group.js';
export { buildGroupedTables, type GroupOverview } from './logic/grouped-tables.js';

/** single-spa lifecycles: mount <lt-offer-overview> as an application. */
export const { bootstrap, mount, update, unmount } = widgetLifecycles('lt-offer-overview');
