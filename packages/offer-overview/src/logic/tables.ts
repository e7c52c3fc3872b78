import { municipalityByCode } from '@lettilbud/contract';
import type { OverviewStrings } from '../i18n/index.js';
import {
  AGE_BANDS,
  CONTACT_BY,
  DECISIONS,
  OTHER_COURSE,
  SCREENING_DECISIONS,
  SEXES,
  URGENT_ANSWERED,
  median,
  percentile90,
  type ClockSummary,
  type Overview,
} from './aggregate.js';
import {
  SUPPRESS_BELOW,
  shareShown,
  suppressCounts,
  suppressGrid,
  type Shown,
} from './suppress.js';

/** One table as shown and exported: every figure already suppressed and formatted. */
export interface Table {
  readonly id: string;
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly {
    readonly label: string;
    readonly cells: readonly string[];
    /** Said instead of the cells: why this group's figures are not shown. */
    readonly note?: string;
  }[];
  /** Set when the whole group is under the threshold: the table says so instead. */
  readonly tooSmall?: boolean;
  /** Bars: one per row, the shown value (null when hidden) and its largest possible value. */
  readonly chart?: {
    readonly values: readonly (number | null)[];
    readonly max: number;
    readonly percent?: boolean;
  };
}

export interface Format {
  readonly number: (n: number) => string;
  readonly percent: (share: number) => string;
  readonly month: (yyyyMm: string) => string;
  readonly date: (iso: string) => string;
}

export function formats(locale: 'da' | 'en'): Format {
  const tag = locale === 'da' ? 'da-DK' : 'en-GB';
  const num = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const pct = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const mon = new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
  return {
    number: (n) => num.format(n),
    percent: (s) => pct.format(s),
    month: (m) => mon.format(new Date(`${m}-01T00:00:00Z`)),
    date: (d) => day.format(new Date(`${d}T00:00:00Z`)),
  };
}

const show = (t: OverviewStrings, f: Format) => (s: Shown) =>
  s === 'hidden' ? t.hiddenCell : f.number(s);

/** A one-column breakdown with its total, suppressed together. */
function breakdown(
  id: string,
  caption: string,
  head: string,
  labels: readonly string[],
  counts: readonly number[],
  t: OverviewStrings,
  f: Format,
  chart = false,
): Table {
  const shown = suppressCounts(counts);
  const cell = show(t, f);
  const total = counts.reduce((a, b) => a + b, 0);
  return {
    id,
    caption,
    head: [head, t.count],
    rows: [
      ...labels.map((label, i) => ({ label, cells: [cell(shown[i]!)] })),
      { label: t.total, cells: [cell(shown[labels.length]!)] },
    ],
    tooSmall: total > 0 && total < SUPPRESS_BELOW,
    ...(chart
      ? {
          chart: {
            values: labels.map((_, i) => (shown[i] === 'hidden' ? null : (shown[i] as number))),
            max: Math.max(1, ...counts),
          },
        }
      : {}),
  };
}

/** The 90th percentile is one child's waiting time in a small group: it needs 10. */
export const P90_MIN = 10;

function days(
  xs: readonly number[],
  pick: (xs: readonly number[]) => number | null,
  min: number,
  t: OverviewStrings,
  f: Format,
) {
  const v = xs.length >= min ? pick(xs) : null;
  return v === null ? t.tooSmall : f.number(v);
}

/**
 * One clock's row. Done, overdue, running and "does not apply" add up to the contacts, so they
 * are suppressed as one line; "applies" is hidden with "does not apply" (it is the rest).
 */
function clockRow(label: string, c: ClockSummary, t: OverviewStrings, f: Format) {
  const done = c.met + c.late;
  const s = suppressCounts([done, c.overdue, c.running, c.notApplicable]);
  const cell = show(t, f);
  const share = shareShown(c.met, done + c.overdue);
  return {
    row: {
      label,
      cells: [
        cell(s[3] === 'hidden' || s[4] === 'hidden' ? 'hidden' : c.applies),
        cell(s[3]!),
        share === 'hidden' ? t.tooSmall : f.percent(share),
        days(c.days, median, SUPPRESS_BELOW, t, f),
        days(c.days, percentile90, P90_MIN, t, f),
        cell(s[1]!),
        cell(s[2]!),
      ],
    },
    share: share === 'hidden' ? null : share,
  };
}

/** Every table of the overview, in the order shown, ready for the screen and for CSV. */
export function buildTables(
  o: Overview,
  t: OverviewStrings,
  f: Format,
  locale: 'da' | 'en',
): Table[] {
  const tables: Table[] = [];
  const cell = show(t, f);

  // Contacts per month and age band, with row and column totals, suppressed as one grid.
  const grid = o.months.map((m) => {
    const r = AGE_BANDS.map((b) => o.perMonth[m]![b]);
    return [...r, r.reduce((a, b) => a + b, 0)];
  });
  const colTotals = grid.length ? grid[0]!.map((_, c) => grid.reduce((a, r) => a + r[c]!, 0)) : [];
  const shownGrid = suppressGrid([...grid, colTotals], true);
  const monthTotals = grid.map((r) => r[r.length - 1]!);
  tables.push({
    id: 'contacts-per-month',
    caption: t.contactsPerMonth,
    head: [t.month, ...AGE_BANDS.map((b) => t[`age-${b}`]), t.total],
    rows: shownGrid.map((r, i) => ({
      label: i < o.months.length ? f.month(o.months[i]!) : t.total,
      cells: r.map(cell),
    })),
    tooSmall: o.contacts > 0 && o.contacts < SUPPRESS_BELOW,
    chart: {
      values: shownGrid
        .slice(0, -1)
        .map((r) => (r[r.length - 1] === 'hidden' ? null : (r[r.length - 1] as number))),
      max: Math.max(1, ...monthTotals),
    },
  });
  tables.push(
    breakdown(
      'by-age',
      t.byAge,
      t.age,
      AGE_BANDS.map((b) => t[`age-${b}`]),
      AGE_BANDS.map((b) => o.byAge[b]),
      t,
      f,
    ),
    breakdown(
      'by-sex',
      t.bySex,
      t.sex,
      SEXES.map((s) => t[`sex-${s}`]),
      SEXES.map((s) => o.bySex[s]),
      t,
      f,
    ),
  );
  const munis = [...o.byMunicipality].sort(([a], [b]) =>
    a === '' ? 1 : b === '' ? -1 : a.localeCompare(b),
  );
  tables.push(
    breakdown(
      'by-municipality',
      t.byMunicipality,
      t.municipality,
      munis.map(([code]) => (code === '' ? t.notGiven : (municipalityByCode(code)?.name ?? code))),
      munis.map(([, n]) => n),
      t,
      f,
    ),
    breakdown(
      'by-who',
      t.byWho,
      t.who,
      CONTACT_BY.map((w) => t[`who-${w}`]),
      CONTACT_BY.map((w) => o.byWho[w]),
      t,
      f,
    ),
  );

  const pre = clockRow(t.preTalk, o.preTalk, t, f);
  const scr = clockRow(t.screening, o.screening, t, f);
  tables.push({
    id: 'waiting',
    caption: t.waiting,
    head: [
      t.step,
      t.applies,
      t.notApplicable,
      t.withinTarget,
      t.medianDays,
      t.p90Days,
      t.overdueNow,
      t.running,
    ],
    rows: [pre.row, scr.row],
    chart: { values: [pre.share, scr.share], max: 1, percent: true },
  });

  tables.push(
    breakdown(
      'decisions',
      t.decisions,
      t.outcome,
      DECISIONS.map((d) => t[`decision-${d}`]),
      DECISIONS.map((d) => o.decisions[d]),
      t,
      f,
    ),
    breakdown(
      'screening-decisions',
      t.screeningDecisions,
      t.outcome,
      SCREENING_DECISIONS.map((d) => t[`screening-${d}`]),
      SCREENING_DECISIONS.map((d) => o.screeningDecisions[d]),
      t,
      f,
    ),
  );

  const courses = [...o.courses].sort(([a], [b]) =>
    a === OTHER_COURSE ? 1 : b === OTHER_COURSE ? -1 : a.localeCompare(b, locale),
  );
  const started = suppressCounts(courses.map(([, r]) => r.started));
  const completed = suppressCounts(courses.map(([, r]) => r.completed));
  tables.push({
    id: 'courses',
    caption: t.courses,
    head: [t.course, t.started, t.completed],
    rows: [
      ...courses.map(([name], i) => ({
        label: name === OTHER_COURSE ? t.otherCourse : name,
        cells: [cell(started[i]!), cell(completed[i]!)],
      })),
      { label: t.total, cells: [cell(started[courses.length]!), cell(completed[courses.length]!)] },
    ],
  });
  tables.push(
    breakdown(
      'boosters',
      t.boosters,
      t.boosters,
      [t.held, t.planned],
      [o.boostersHeld, o.boostersPlanned],
      t,
      f,
    ),
    breakdown(
      'urgent',
      t.urgent,
      t.answered,
      URGENT_ANSWERED.map((u) => t[`urgent-${u}`]),
      URGENT_ANSWERED.map((u) => o.urgent[u]),
      t,
      f,
    ),
  );

  const mean = (xs: readonly number[]) =>
    xs.length < SUPPRESS_BELOW
      ? t.tooSmall
      : `${f.number(xs.reduce((a, b) => a + b, 0) / xs.length)} (${f.number(xs.length)})`;
  tables.push({
    id: 'sdq',
    caption: t.sdq,
    head: [t.course, t.informant, t.pairs, t.totalChange, t.impactChange, t.movedOut],
    rows: o.sdq.map((r) => {
      const small = r.pairs < SUPPRESS_BELOW;
      const moved = shareShown(r.movedOut, r.highAtBaseline);
      return {
        label: r.course === OTHER_COURSE ? t.otherCourse : r.course,
        cells: small
          ? [
              t[`informant-${r.informant}`],
              r.pairs > 0 ? t.hiddenCell : '0',
              t.tooSmall,
              t.tooSmall,
              t.tooSmall,
            ]
          : [
              t[`informant-${r.informant}`],
              f.number(r.pairs),
              mean(r.totalChange),
              mean(r.impactChange),
              moved === 'hidden'
                ? t.tooSmall
                : `${f.percent(moved)} (${f.number(r.highAtBaseline)})`,
            ],
      };
    }),
  });
  return tables;
}

const csvField = (s: string) => (/[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** CSV of one table (comma separated, the figures as shown, suppression kept). */
export function toCsv(table: Table): string {
  return [table.head, ...table.rows.map((r) => [r.label, ...(r.note ? [r.note] : r.cells)])]
    .map((line) => line.map(csvField).join(','))
    .join('\r\n');
}
