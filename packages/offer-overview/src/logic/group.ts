import type { JournalCase, OverviewGrouping } from '@lettilbud/contract';
import { courseKey, courseStarted, type Period } from './aggregate.js';
import { SUPPRESS_BELOW, suppressCounts } from './suppress.js';

export type GroupBy = OverviewGrouping;

/**
 * Every grouping, kept equal to the contract's list by the compiler (each key once, none
 * missing): the contract's list itself lives beside its schemas, which the first render
 * must not load.
 */
const GROUPING_KEYS: Readonly<Record<GroupBy, true>> = { municipality: true, course: true };
export const GROUPINGS = Object.keys(GROUPING_KEYS) as readonly GroupBy[];

/**
 * The key of the group with no name: a municipality not given, or (by course) a course not
 * yet started, a name fewer than 5 cases share, or one outside the host's `courses` list.
 */
export const OTHER_GROUP = '';

/** Why a group's figures are not shown: under 5 contacts, or hidden so that one cannot be worked out. */
export type GroupVisibility = 'shown' | 'too-small' | 'protected';

export interface Group {
  readonly key: string;
  /** Its cases with a first contact in the period. */
  readonly cases: readonly JournalCase[];
}

const inPeriod = (c: JournalCase, p: Period) => {
  const d = c.contact?.date;
  return d !== undefined && d >= p.from && d <= p.to;
};

/**
 * Splits the period's cases (by the first contact of the current course, as `aggregate`
 * counts them) into groups: by municipality of residence, or by the course started. A course
 * name is a group of its own only when it would be shown in the overview's course table: 5
 * or more started courses share it, or, when the host lists its `courses`, it is listed.
 * Groups come sorted by key, the unnamed group last.
 */
export function splitCases(
  cases: readonly JournalCase[],
  by: GroupBy,
  period: Period,
  knownCourses?: readonly string[],
): Group[] {
  const mine = cases.filter((c) => inPeriod(c, period));
  let keyOf: (c: JournalCase) => string;
  if (by === 'municipality') keyOf = (c) => c.child.municipality ?? OTHER_GROUP;
  else {
    const started = new Map<string, number>();
    for (const c of mine)
      if (courseStarted(c)) started.set(courseKey(c), (started.get(courseKey(c)) ?? 0) + 1);
    const known = knownCourses && new Set(knownCourses.map((n) => n.trim().replace(/\s+/g, ' ')));
    const named = (name: string) =>
      name !== '' && (known ? known.has(name) : (started.get(name) ?? 0) >= SUPPRESS_BELOW);
    keyOf = (c) => (courseStarted(c) && named(courseKey(c)) ? courseKey(c) : OTHER_GROUP);
  }
  const groups = new Map<string, JournalCase[]>();
  for (const c of mine) {
    const key = keyOf(c);
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  return [...groups]
    .sort(([a], [b]) => (a === OTHER_GROUP ? 1 : b === OTHER_GROUP ? -1 : a.localeCompare(b)))
    .map(([key, list]) => ({ key, cases: list }));
}

/**
 * Which groups may be shown: their sizes and the total are one line, suppressed as any other
 * (`suppressCounts`). A group of 1-4 is too small; when it is the only one hidden, the next
 * smallest group is hidden too ("protected"), or its size would follow from the total.
 */
export function groupVisibility(sizes: readonly number[]): GroupVisibility[] {
  const shown = suppressCounts(sizes);
  return sizes.map((n, i) =>
    shown[i] !== 'hidden' ? 'shown' : n < SUPPRESS_BELOW ? 'too-small' : 'protected',
  );
}
