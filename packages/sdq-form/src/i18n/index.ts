import { da } from './da.js';

/**
 * Danish is bundled; English (./en.js) is its own chunk, loaded by LazyCatalogs. The strings
 * of the review, the thank-you and the scores (./da-finish.js, ./en-finish.js) come with
 * finish.ts: the questions do not need them.
 */
export { da };
/** The strings of the questions and the form's chrome. */
export type FirstStrings = typeof da;
/** Every visible string (what the `strings` property may override). */
export type SdqStrings = FirstStrings & typeof import('./da-finish.js').daFinish;
export const loadEnglish = (): Promise<FirstStrings> => import('./en.js').then((m) => m.en);
