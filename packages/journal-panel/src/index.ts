import './define.js';
import { widgetLifecycles } from '@lettilbud/foundations';

export { LtJournalPanel } from './journal-panel.js';
export type { JournalStrings } from './i18n/index.js';
export type { JournalCase, FhirBundle } from '@lettilbud/contract';

/** single-spa lifecycles: mount <lt-journal-panel> as an application. */
export const { bootstrap, mount, update, unmount } = widgetLifecycles('lt-journal-panel');
