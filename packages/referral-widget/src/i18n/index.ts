import type { StepId } from '../logic/form.js';
import { da } from './da.js';

/** Danish is bundled; English (./en.js) is its own chunk, loaded by LazyCatalogs. */
export const catalogs = { da };
export type ReferralStrings = typeof da;
export const loadEnglish = (): Promise<ReferralStrings> => import('./en.js').then((m) => m.en);

const TITLE_KEYS = {
  who: 'stepWho',
  child: 'stepChild',
  hard: 'stepHard',
  safety: 'stepSafety',
  contact: 'stepContact',
  more: 'stepMore',
  consent: 'stepConsent',
  review: 'stepReview',
} as const satisfies Record<StepId, keyof ReferralStrings>;

/** A step's title, which is also its heading and its name in the step list. */
export function stepTitle(t: ReferralStrings, step: StepId): string {
  return t[TITLE_KEYS[step]];
}
