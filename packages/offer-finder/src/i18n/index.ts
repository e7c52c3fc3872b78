import { da } from './da.js';

/** Danish is bundled; English (./en.js) is its own chunk, loaded by LazyCatalogs. */
export { da };
export type FinderStrings = typeof da;
export const loadEnglish = (): Promise<FinderStrings> => import('./en.js').then((m) => m.en);
