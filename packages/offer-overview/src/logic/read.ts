import type { Issue, JournalCase, Validated } from '@lettilbud/contract';

export interface ReadResult {
  readonly cases: JournalCase[];
  /** Cases that broke the contract: skipped, and counted so the overview says so. */
  readonly invalid: number;
  /** Each skipped case's problems, by path from the list (`[3].child.birthDate`); no values. */
  readonly issues: readonly Issue[];
}

/** At most this many problems are listed per skipped case (a wrong document has hundreds). */
export const ISSUES_PER_CASE = 3;

/**
 * Each case is checked on its own: a broken case is skipped and counted, never dropped in
 * silence, and never stops the others from being counted.
 */
export function readCases(
  items: readonly unknown[],
  check: (item: unknown) => Validated<JournalCase>,
): ReadResult {
  const cases: JournalCase[] = [];
  const issues: Issue[] = [];
  let invalid = 0;
  items.forEach((item, i) => {
    const result = check(item);
    if (result.ok) {
      cases.push(result.value);
      return;
    }
    invalid++;
    const own = result.issues.length ? result.issues : [{ path: '', message: 'Not a case' }];
    for (const { path, message } of own.slice(0, ISSUES_PER_CASE)) {
      const inner = path === '(root)' ? '' : path;
      issues.push({ path: `[${i}]${inner && !inner.startsWith('[') ? '.' : ''}${inner}`, message });
    }
  });
  return { cases, invalid, issues };
}
