import { expect } from '@open-wc/testing';
import { shareShown, suppressCounts, suppressGrid } from '../../src/logic/suppress.js';

/** Every line (rows, and columns when they have totals) has no hidden count or at least two. */
function noLineGivesAway(shown: (number | 'hidden')[][], columns: boolean) {
  const lines = [...shown];
  if (columns) for (let c = 0; c < shown[0]!.length; c++) lines.push(shown.map((r) => r[c]!));
  for (const line of lines) expect(line.filter((x) => x === 'hidden').length).to.not.equal(1);
}

describe('suppression of small counts', () => {
  it('hides 4 and shows 5: the threshold', () => {
    expect(suppressCounts([5, 5, 10])).to.deep.equal([5, 5, 10, 20]);
    expect(suppressCounts([4, 6, 10])).to.deep.equal(['hidden', 'hidden', 10, 20]);
  });

  it('hides a second count, the smallest shown one above zero, so the total does not give the first away', () => {
    expect(suppressCounts([4, 0, 7, 12])).to.deep.equal(['hidden', 0, 'hidden', 12, 23]);
    expect(suppressCounts([1, 2, 20])).to.deep.equal(['hidden', 'hidden', 20, 23]);
  });

  it('hides the total when nothing else can be hidden', () => {
    expect(suppressCounts([3, 0])).to.deep.equal(['hidden', 0, 'hidden']);
  });

  it('shows zero: nobody is named by it', () => {
    expect(suppressCounts([0, 0, 8])).to.deep.equal([0, 0, 8, 8]);
  });

  it('hides across rows and columns of a grid with both totals until no line gives a count away', () => {
    const shown = suppressGrid(
      [
        [4, 6, 10],
        [6, 6, 12],
        [10, 12, 22],
      ],
      true,
    );
    expect(shown).to.deep.equal([
      ['hidden', 'hidden', 10],
      ['hidden', 'hidden', 12],
      [10, 12, 22],
    ]);
    noLineGivesAway(shown, true);
  });

  it('never shows 1-4 and never leaves a single hidden count in a line, over 300 seeded grids', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let k = 0; k < 300; k++) {
      const rows = 1 + Math.floor(rnd() * 6);
      const cols = 1 + Math.floor(rnd() * 4);
      const body = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => Math.floor(rnd() * 12)),
      ).map((r) => [...r, r.reduce((a, b) => a + b, 0)]);
      const totals = body[0]!.map((_, c) => body.reduce((a, r) => a + r[c]!, 0));
      const grid = [...body, totals];
      const shown = suppressGrid(grid, true);
      for (const row of shown)
        for (const x of row) if (x !== 'hidden') expect(x === 0 || x >= 5).to.equal(true);
      noLineGivesAway(shown, true);
    }
  });

  it('shows a share only when neither part nor rest is 1-4 and the whole is at least 5', () => {
    expect(shareShown(5, 10)).to.equal(0.5);
    expect(shareShown(10, 10)).to.equal(1);
    expect(shareShown(0, 5)).to.equal(0);
    expect(shareShown(6, 10)).to.equal('hidden'); // 4 missed the target
    expect(shareShown(4, 10)).to.equal('hidden');
    expect(shareShown(4, 4)).to.equal('hidden');
  });
});
