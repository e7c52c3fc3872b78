/**
 * Statistical disclosure control, as Danish official statistics do it: a count of 1-4 is
 * never shown ("<5"), and a suppressed count must not be derivable from the other figures of
 * the same line (a row or a column together with its total). Where a line has exactly one
 * hidden count, a second one is hidden too (the smallest shown count above zero, the total
 * last), repeated until no line gives a hidden count away. Zero is shown: nobody is named by it.
 */
export const SUPPRESS_BELOW = 5;

/** A shown figure: the number, or hidden. */
export type Shown = number | 'hidden';

export const isSmall = (n: number): boolean => n > 0 && n < SUPPRESS_BELOW;

/**
 * Suppress a grid whose last column holds each row's total and, when `columnTotals`, whose
 * last row holds each column's total. Lines are every row, and every column when it has a total.
 * `hiddenFrom` marks cells hidden from the start whatever their count (a whole group's row).
 */
export function suppressGrid(
  grid: readonly (readonly number[])[],
  columnTotals = false,
  hiddenFrom?: (row: number, column: number) => boolean,
): Shown[][] {
  const hidden = grid.map((row, r) => row.map((n, c) => isSmall(n) || !!hiddenFrom?.(r, c)));
  const lines: [number, number][][] = grid.map((row, r) => row.map((_, c) => [r, c]));
  if (columnTotals && grid.length)
    for (let c = 0; c < grid[0]!.length; c++) lines.push(grid.map((_, r) => [r, c]));
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      if (line.filter(([r, c]) => hidden[r]![c]).length !== 1) continue;
      // The total (the line's last entry) is hidden only when nothing else can be.
      const candidates = line
        .slice(0, -1)
        .filter(([r, c]) => !hidden[r]![c] && grid[r]![c]! > 0)
        .sort(([a, b], [c, d]) => grid[a]![b]! - grid[c]![d]!);
      const [r, c] = candidates[0] ?? line[line.length - 1]!;
      if (hidden[r]![c]) continue;
      hidden[r]![c] = true;
      changed = true;
    }
  }
  return grid.map((row, r) => row.map((n, c) => (hidden[r]![c] ? 'hidden' : n)));
}

/** One breakdown and its total: the counts, then the total, suppressed together. */
export function suppressCounts(counts: readonly number[]): Shown[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return suppressGrid([[...counts, total]])[0]!;
}

/**
 * A share `part / whole` is shown only when neither the part nor the rest is 1-4 (either
 * would give a small count away) and the whole is at least 5.
 */
export function shareShown(part: number, whole: number): number | 'hidden' {
  if (whole < SUPPRESS_BELOW || isSmall(part) || isSmall(whole - part)) return 'hidden';
  return part / whole;
}
