/**
 * The panel's details: the decisions, the timeline, the SDQ over time, the GP, the consents
 * and earlier courses, with their strings. Its own chunk, fetched once the first case has
 * rendered (or on the first focus or touch): the urgent contact, the header, the checklist,
 * the clocks and the course come first, so the panel is usable before it arrives.
 */
export { decisionsView, earlierCoursesView, gpView } from './details-case.js';
export { consentsView, timelineView } from './details-views.js';
export { sdqView } from './sdq-view.js';
export { detailStyles } from './details-styles.js';
export { daDetails } from './i18n/da-details.js';
export const loadEnglishDetails = () => import('./i18n/en-details.js').then((m) => m.enDetails);
