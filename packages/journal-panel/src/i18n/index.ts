import { da } from './da.js';

/**
 * Danish is bundled; English (./en.js) is its own chunk, loaded by LazyCatalogs. The strings of
 * the panel's details (./da-details.js, ./en-details.js) come with details.ts.
 */
export { da };
/** The strings of the urgent contact, the header, the checklist, the clocks and the course. */
export type FirstStrings = typeof da;
/** Every visible string (what the `strings` property may override). */
export type JournalStrings = FirstStrings & typeof import('./da-details.js').daDetails;
export const loadEnglish = (): Promise<FirstStrings> => import('./en.js').then((m) => m.en);
