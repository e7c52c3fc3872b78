import { municipalityByCode } from '@lettilbud/contract';
import type { OverviewStrings } from '../i18n/index.js';
import { AGE_BANDS, DECISIONS, median, type ClockSummary, type Overview } from './aggregate.js';
import { OTHER_GROUP, type GroupBy, type GroupVisibility } from './group.js';
import {
  SUPPRESS_BELOW,
  shareShown,
  suppressCounts,
  suppressGrid,
  type Shown,
} from './suppress.js';
import type { Format, Table } from './tables.js';

/** One group, counted on its own (`aggregate` over the group's cases). */
export interface GroupOverview {
  readonly key: string;
  readonly visibility: GroupVisibility;
  readonly overview: Overview;
}

/** A group's name: a municipality's name (or its code), a course name, or the unnamed group. */
export function groupLabel(key: string, by: GroupBy, t: OverviewStrings): string {
  if (key === OTHER_GROUP) return by === 'municipality' ? t.notGiven : t.groupOtherCourse;
  return by === 'municipality' ? (municipalityByCode(key)?.name ?? key) : key;
}

/**
 * A breakdown per group as one grid: a row per group with its total, then the overall row
 * (the figures the ungrouped table shows). A hidden group's row is hidden whole, the overall
 * row's cells are hidden where the ungrouped table hides them, and then the grid is
 * suppressed by rows and by columns, so no group's count follows from the overall one.
 */
function groupGrid(
  id: string,
  caption: string,
  head: readonly string[],
  groups: readonly GroupOverview[],
  counts: (o: Overview) => readonly number[],
  all: Overview,
  by: GroupBy,
  t: OverviewStrings,
  f: Format,
): Table {
  const line = (o: Overview) => {
    const c = counts(o);
    return [...c, c.reduce((a, b) => a + b, 0)];
  };
  const overall = line(all);
  const ungrouped = suppressCounts(counts(all));
  const shown = suppressGrid([...groups.map((g) => line(g.overview)), overall], true, (r, c) =>
    r < groups.length ? groups[r]!.visibility !== 'shown' : ungrouped[c] === 'hidden',
  );
  const cell = (s: Shown) => (s === 'hidden' ? t.hiddenCell : f.number(s));
  return {
    id,
    caption,
    head: [t.groupHead(by), ...head, t.total],
    rows: [
      ...groups.map((g, r) => ({
        label: groupLabel(g.key, by, t),
        cells: g.visibility === 'shown' ? shown[r]!.map(cell) : [],
        ...(g.visibility === 'shown' ? {} : { note: noteOf(g.visibility, t) }),
      })),
      { label: t.total, cells: shown[groups.length]!.map(cell) },
    ],
    tooSmall: all.contacts > 0 && all.contacts < SUPPRESS_BELOW,
  };
}

const noteOf = (v: GroupVisibility, t: OverviewStrings) =>
  v === 'too-small' ? t.groupTooSmall : t.groupProtected;

/** Share within the target and the median days, as the ungrouped waiting table shows them. */
function clockCells(c: ClockSummary, t: OverviewStrings, f: Format): string[] {
  const share = shareShown(c.met, c.met + c.late + c.overdue);
  const mid = c.days.length >= SUPPRESS_BELOW ? median(c.days) : null;
  return [
    share === 'hidden' ? t.tooSmall : f.percent(share),
    mid === null ? t.tooSmall : f.number(mid),
  ];
}

/**
 * The headline tables split per group: contacts by age band, the pre-talk's outcomes, and the
 * waiting times. A group under 5 says it is too small to show; a group hidden to protect it
 * says why; every figure of a shown group is suppressed as in the ungrouped tables.
 */
export function buildGroupedTables(
  groups: readonly GroupOverview[],
  all: Overview,
  by: GroupBy,
  t: OverviewStrings,
  f: Format,
): Table[] {
  const name = t.groupName(by);
  return [
    groupGrid(
      'group-age',
      t.groupByAge(name),
      AGE_BANDS.map((b) => t[`age-${b}`]),
      groups,
      (o) => AGE_BANDS.map((b) => o.byAge[b]),
      all,
      by,
      t,
      f,
    ),
    groupGrid(
      'group-decisions',
      t.groupDecisions(name),
      DECISIONS.map((d) => t[`decision-${d}`]),
      groups,
      (o) => DECISIONS.map((d) => o.decisions[d]),
      all,
      by,
      t,
      f,
    ),
    {
      id: 'group-waiting',
      caption: t.groupWaiting(name),
      head: [t.groupHead(by), t.preTalk, t.medianPreTalk, t.screening, t.medianScreening],
      rows: [
        ...groups.map((g) => ({
          label: groupLabel(g.key, by, t),
          cells:
            g.visibility === 'shown'
              ? [...clockCells(g.overview.preTalk, t, f), ...clockCells(g.overview.screening, t, f)]
              : [],
          ...(g.visibility === 'shown' ? {} : { note: noteOf(g.visibility, t) }),
        })),
        {
          label: t.total,
          cells: [...clockCells(all.preTalk, t, f), ...clockCells(all.screening, t, f)],
        },
      ],
      tooSmall: all.contacts > 0 && all.contacts < SUPPRESS_BELOW,
    },
  ];
}
