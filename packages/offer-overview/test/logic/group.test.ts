import { expect } from '@open-wc/testing';
import type { JournalCase } from '@lettilbud/contract';
import { aggregate } from '../../src/logic/aggregate.js';
import { groupVisibility, splitCases, OTHER_GROUP, type GroupBy } from '../../src/logic/group.js';
import { buildGroupedTables } from '../../src/logic/grouped-tables.js';
import { formats, toCsv, type Table } from '../../src/logic/tables.js';
import { da } from '../../src/i18n/index.js';
import { inCourse, makeCase, PERIOD, TODAY } from '../fixtures/cases.js';

const f = formats('da');
const times = (n: number, make: () => JournalCase) => Array.from({ length: n }, make);

function grouped(cases: JournalCase[], by: GroupBy, courses?: string[]): Table[] {
  const groups = splitCases(cases, by, PERIOD, courses);
  const visibility = groupVisibility(groups.map((g) => g.cases.length));
  return buildGroupedTables(
    groups.map((g, i) => ({
      key: g.key,
      visibility: visibility[i]!,
      overview: aggregate(g.cases, PERIOD, TODAY, courses),
    })),
    aggregate(cases, PERIOD, TODAY, courses),
    by,
    da,
    f,
  );
}
const byId = (ts: Table[], id: string) => ts.find((t) => t.id === id)!;
const row = (t: Table, label: string) => t.rows.find((r) => r.label === label)!;

/**
 * Hand-counted: København 12 (7 aged 12, 5 aged 16), Frederiksberg 6 (aged 12), Ballerup 3
 * (aged 12); contact 2026-10-01, pre-talk 7 days later for all; plus one case outside the
 * period and one with no contact date, which belong to no group.
 */
function municipalities(): JournalCase[] {
  const pre = { preTalk: { date: '2026-10-08', decision: 'offered-treatment' as const } };
  return [
    ...times(7, () => makeCase({ child: { municipality: '101' }, ...pre })),
    ...times(5, () =>
      makeCase({ child: { municipality: '101', birthDate: '2010-03-01' }, ...pre }),
    ),
    ...times(6, () => makeCase({ child: { municipality: '147' }, ...pre })),
    ...times(3, () => makeCase({ child: { municipality: '151' }, ...pre })),
    makeCase({ child: { municipality: '151' }, contact: { date: '2025-01-01' } }),
    makeCase({ child: { municipality: '151' }, contact: undefined }),
  ];
}

describe('grouping: which case is in which group', () => {
  it('by municipality: only the period’s cases, sorted by code, the unnamed group last', () => {
    const cases = [...municipalities(), makeCase()];
    const groups = splitCases(cases, 'municipality', PERIOD);
    expect(groups.map((g) => [g.key, g.cases.length])).to.deep.equal([
      ['101', 12],
      ['147', 6],
      ['151', 3],
      [OTHER_GROUP, 1],
    ]);
  });

  it('by course: a name 5 started courses share is a group; fewer, none yet or unlisted are "other"', () => {
    const cases = [
      ...times(5, () => inCourse('Cool Kids')),
      ...times(4, () => inCourse('Chilled')),
      // Not started: planned nothing yet; and closed at the pre-talk.
      ...times(2, () => makeCase()),
      inCourse('Cool Kids', { preTalk: { date: '2026-10-08', decision: 'closed' } }),
    ];
    expect(splitCases(cases, 'course', PERIOD).map((g) => [g.key, g.cases.length])).to.deep.equal([
      ['Cool Kids', 5],
      [OTHER_GROUP, 7],
    ]);
    // With the host's list, only listed names are groups, whatever their size.
    expect(
      splitCases(cases, 'course', PERIOD, ['Chilled']).map((g) => [g.key, g.cases.length]),
    ).to.deep.equal([
      ['Chilled', 4],
      [OTHER_GROUP, 8],
    ]);
  });
});

describe('grouping: suppression per group', () => {
  it('a group of 1-4 is too small; when it is the only one, the next smallest is hidden to protect it', () => {
    expect(groupVisibility([5, 5])).to.deep.equal(['shown', 'shown']);
    expect(groupVisibility([12, 6, 3])).to.deep.equal(['shown', 'protected', 'too-small']);
    expect(groupVisibility([10, 4, 3])).to.deep.equal(['shown', 'too-small', 'too-small']);
    expect(groupVisibility([4])).to.deep.equal(['too-small']);
  });

  it('by municipality: København shown, Frederiksberg hidden to protect Ballerup, Ballerup too small', () => {
    const age = byId(grouped(municipalities(), 'municipality'), 'group-age');
    expect(age.caption).to.equal('Henvendelser efter kommune og alder');
    expect(age.head).to.deep.equal([
      'Kommune',
      '5-9 år',
      '10-14 år',
      '15-17 år',
      'Uden for 5-17 år',
      'I alt',
    ]);
    expect(row(age, 'København').cells).to.deep.equal(['0', '7', '5', '0', '12']);
    expect(row(age, 'Frederiksberg').note).to.equal(
      'Skjult, så en lille gruppe ikke kan regnes ud',
    );
    expect(row(age, 'Frederiksberg').cells).to.deep.equal([]);
    expect(row(age, 'Ballerup').note).to.equal('For få til at vise (under 5)');
    expect(row(age, 'I alt').cells).to.deep.equal(['0', '16', '5', '0', '21']);
    expect(toCsv(age).split('\r\n')[3]).to.equal('Ballerup,For få til at vise (under 5)');
  });

  it('a small count inside a shown group is "<5", and a second one in its row is hidden too', () => {
    // København: 8 aged 12 and 4 aged 16; Frederiksberg 6 and Ballerup 5, all aged 12.
    const cases = [
      ...times(8, () => makeCase({ child: { municipality: '101' } })),
      ...times(4, () => makeCase({ child: { municipality: '101', birthDate: '2010-03-01' } })),
      ...times(6, () => makeCase({ child: { municipality: '147' } })),
      ...times(5, () => makeCase({ child: { municipality: '151' } })),
    ];
    const age = byId(grouped(cases, 'municipality'), 'group-age');
    expect(row(age, 'København').cells).to.deep.equal(['0', '<5', '<5', '0', '12']);
    expect(row(age, 'Frederiksberg').cells).to.deep.equal(['0', '6', '0', '0', '6']);
    expect(row(age, 'Ballerup').cells).to.deep.equal(['0', '5', '0', '0', '5']);
    // Overall: 4 aged 15-17 is hidden, and 19 aged 10-14 with it (as the ungrouped table does).
    expect(row(age, 'I alt').cells).to.deep.equal(['0', '<5', '<5', '0', '23']);
  });

  it('waiting times per group: the share within 14 days and the median, only for shown groups', () => {
    const waiting = byId(grouped(municipalities(), 'municipality'), 'group-waiting');
    expect(row(waiting, 'København').cells).to.deep.equal([
      f.percent(1),
      '7',
      // No screening yet, 50 days after contact: all 12 overdue, so 0 % and no median.
      f.percent(0),
      'For få til at vise',
    ]);
    expect(row(waiting, 'Ballerup').note).to.equal('For få til at vise (under 5)');
    expect(row(waiting, 'I alt').cells.slice(0, 2)).to.deep.equal([f.percent(1), '7']);
  });

  it('the pre-talk outcomes per course, with "other courses, or no course yet"', () => {
    const cases = [
      ...times(6, () => inCourse('Cool Kids')),
      ...times(5, () => makeCase({ preTalk: { date: '2026-10-05', decision: 'closed' } })),
    ];
    const decisions = byId(grouped(cases, 'course'), 'group-decisions');
    expect(decisions.caption).to.equal('Udfald af forsamtalen efter forløb');
    expect(row(decisions, 'Cool Kids').cells).to.deep.equal(['0', '0', '6', '0', '0', '6']);
    expect(row(decisions, 'Andre forløb, eller intet forløb endnu').cells).to.deep.equal([
      '5',
      '0',
      '0',
      '0',
      '0',
      '5',
    ]);
  });

  it('fewer than 5 contacts in all: every grouped table says the group is too small', () => {
    const ts = grouped(
      times(4, () => makeCase({ child: { municipality: '101' } })),
      'municipality',
    );
    expect(ts.map((t) => t.tooSmall)).to.deep.equal([true, true, true]);
  });

  it('no row or column ever has a single hidden figure, over 200 seeded municipality mixes', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const codes = ['101', '147', '151', '153', '155'];
    const births = ['2019-03-01', '2014-03-01', '2010-03-01', '2007-03-01'];
    for (let run = 0; run < 200; run++) {
      const cases = codes.flatMap((code) =>
        times(1 + rand(12), () =>
          makeCase({ child: { municipality: code, birthDate: births[rand(4)]! } }),
        ),
      );
      const age = byId(grouped(cases, 'municipality'), 'group-age');
      if (age.tooSmall) continue;
      const grid = age.rows.map((r) => (r.note ? age.head.slice(1).map(() => '<5') : r.cells));
      const hiddenIn = (xs: readonly string[]) => xs.filter((x) => x === '<5').length;
      for (const line of grid) expect(hiddenIn(line), `run ${run}, a row`).not.to.equal(1);
      for (let c = 0; c < grid[0]!.length; c++)
        expect(hiddenIn(grid.map((r) => r[c]!)), `run ${run}, column ${c}`).not.to.equal(1);
    }
  });
});
