import type { StepId } from '../logic/form.js';
import { da } from './da.js';

/**
 * Danish is bundled; English (./en.js) is its own chunk, loaded by LazyCatalogs. The strings
 * of the later steps, the review and the receipt (./da-later.js, ./en-later.js) come with
 * views/later.ts: the first screen does not need them.
 */
export const catalogs = { da };
/** The strings of the first steps, the step titles, the errors and the form's chrome. */
export type FirstStrings = typeof da;
/** Every visible string (what the `strings` property may override). */
export type ReferralStrings = FirstStrings & typeof import('./da-later.js').daLater;
export const loadEnglish = (): Promise<FirstStrings> => import('./en.js').then((m) => m.en);

/**
 * The strings as the writer should read them: a young person writing about herself is
 * addressed as "du", in the singular, everywhere ("Har du tanker …", "Om dig"), never as
 * "barnet" or "I". Every key with a `…Young` twin takes the twin's text for that writer, so a
 * view never has to choose, and a host can override either.
 */
export function addressed<T extends object>(t: T, youngPerson: boolean): T {
  if (!youngPerson) return t;
  const out: Record<string, unknown> = { ...(t as Record<string, unknown>) };
  for (const [key, value] of Object.entries(t))
    if (key.endsWith('Young') && key.slice(0, -5) in t) out[key.slice(0, -5)] = value;
  return out as T;
}

const TITLE_KEYS = {
  who: 'stepWho',
  child: 'stepChild',
  hard: 'stepHard',
  safety: 'stepSafety',
  contact: 'stepContact',
  more: 'stepMore',
  consent: 'stepConsent',
  review: 'stepReview',
} as const satisfies Record<StepId, keyof FirstStrings>;

/** A step's title, which is also its heading and its name in the step list. */
export function stepTitle(t: FirstStrings, step: StepId): string {
  return t[TITLE_KEYS[step]];
}
