import type { JournalCase, Validated } from '@lettilbud/contract';

export interface ReadResult {
  readonly cases: JournalCase[];
  /** Cases that broke the contract: skipped, and counted so the overview says so. */
  readonly invalid: number;
}

/**
 * Each case is checked on its own: a broken case is skipped and counted, never dropped in
 * silence, and never stops the others from being counted.
 */
export function readCases(
  items: readonly unknown[],
  check: (item: unknown) => Validated<JournalCase>,
): ReadResult {
  const cases: JournalCase[] = [];
  let invalid = 0;
  for (const item of items) {
    const result = check(item);
    if (result.ok) cases.push(result.value);
    else invalid++;
  }
  return { cases, invalid };
}
