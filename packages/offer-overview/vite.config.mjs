import { widgetConfig } from '../../scripts/vite-widget.mjs';

export default widgetConfig({ name: 'offer-overview' });
