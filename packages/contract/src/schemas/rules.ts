/**
 * The rules a JSON Schema cannot say, each once, as a pure function: the zod schemas use them
 * through `z.refine(RULES.x, …)`, and the validators compiled for the browser
 * (`scripts/compile-checks.mjs`) find them here by identity and call them by name. A refine
 * whose function is not in `RULES` fails the build, so the two paths cannot drift.
 */

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

interface Period {
  readonly opens?: string | undefined;
  readonly closes?: string | undefined;
}

export const RULES = {
  /** A period with both times opens before it closes ("24:00" closes at midnight). */
  opensBeforeCloses: (p: Period): boolean =>
    !p.opens || !p.closes || minutes(p.opens) < minutes(p.closes),
  /** A dated exception is either closed all day or has other hours (opens and closes). */
  closedOrHours: (s: Period & { readonly closed?: boolean | undefined }): boolean =>
    (s.closed === true) !== Boolean(s.opens && s.closes),
  /** A range's minimum is at most its maximum. */
  minAtMostMax: (r: { readonly min: number; readonly max: number }): boolean => r.min <= r.max,
} as const;

export type RuleName = keyof typeof RULES;
