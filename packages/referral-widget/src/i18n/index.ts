import { da } from './da.js';
import { en } from './en.js';

export const catalogs = { da, en };
export type ReferralStrings = typeof da;
