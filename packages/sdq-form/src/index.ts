import './define.js';
import { widgetLifecycles } from '@lettilbud/foundations';

export { LtSdqForm } from './sdq-form.js';
export type { SdqStrings } from './i18n/index.js';
export type { Questionnaire, SdqResult } from '@lettilbud/contract';

/** single-spa lifecycles: mount <lt-sdq-form> as an application. */
export const { bootstrap, mount, update, unmount } = widgetLifecycles('lt-sdq-form');
