import { da } from './da.js';

/** Danish is bundled; English (./en.js) is its own chunk, loaded by LazyCatalogs. */
export { da };
export type OverviewStrings = typeof da;
export const loadEnglish = (): Promise<OverviewStrings> => import('./en.js').then((m) => m.en);
