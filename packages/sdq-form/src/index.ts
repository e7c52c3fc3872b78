import './define.js';
import { widgetLifecycles } from '@lettilbud/contract';

export { LtSdqForm } from './sdq-form.js';

/** single-spa lifecycles: mount <lt-sdq-form> as an application. */
export const { bootstrap, mount, update, unmount } = widgetLifecycles('lt-sdq-form');
