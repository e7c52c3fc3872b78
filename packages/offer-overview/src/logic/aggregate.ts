import {
  FOUR_BANDS,
  bandIndex,
  copenhagenDate,
  type CaseQuestionnaire,
  type JournalCase,
  type SdqRecordedInformant,
} from '@lettilbud/contract';
import { SUPPRESS_BELOW } from './suppress.js';

export const PRE_TALK_TARGET_DAYS = 14;
export const SCREENING_TARGET_DAYS = 30;
export const AGE_BANDS = ['5-9', '10-14', '15-17', 'outside'] as const;
export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export const CONTACT_BY = [
  'young-person',
  'parent',
  'foster-carer',
  'professional',
  'gp',
  'hospital',
  'unknown',
] as const;
export const DECISIONS = [
  'closed',
  'other-effort',
  'offered-treatment',
  'referred-psychiatry',
  'none',
] as const;
export const SCREENING_DECISIONS = ['start', 'no-start', 'none'] as const;
export const URGENT_ANSWERED = ['same-day', 'next-day', 'later', 'not-yet'] as const;
/** The key of "other courses": a name shared by fewer than 5 cases, or not in the host's list. */
export const OTHER_COURSE = '';

export type AgeBand = (typeof AGE_BANDS)[number];
export type Sex = (typeof SEXES)[number];
export type ContactBy = (typeof CONTACT_BY)[number];
export type Decision = (typeof DECISIONS)[number];

export interface Period {
  /** First day, YYYY-MM-DD (inclusive). */
  readonly from: string;
  /** Last day, YYYY-MM-DD (inclusive). */
  readonly to: string;
}

/** Today in Copenhagen, and the default period: the twelve months up to today. */
export function defaultPeriod(today: string = copenhagenDate(new Date())): Period {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(y, m - 12, 1)).toISOString().slice(0, 10);
  return { from: start, to: today };
}

/** The months of the period, YYYY-MM. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let [y, m] = period.from.split('-').map(Number) as [number, number];
  const end = period.to.slice(0, 7);
  for (let i = 0; i < 240; i++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    if (key > end) break;
    months.push(key);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return months;
}

export function ageBand(age: number): AgeBand {
  if (age >= 5 && age <= 9) return '5-9';
  if (age >= 10 && age <= 14) return '10-14';
  if (age >= 15 && age <= 17) return '15-17';
  return 'outside';
}

/** Median (the mean of the middle two for an even count) and the 90th percentile (nearest rank). */
export function median(xs: readonly number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}

export function percentile90(xs: readonly number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.ceil(0.9 * s.length) - 1]!;
}

export interface ClockSummary {
  /** Cases whose clock applies. */
  readonly applies: number;
  /** The clock does not apply: the pre-talk or a closure ended that path. */
  readonly notApplicable: number;
  readonly met: number;
  /** Done, but after the target. */
  readonly late: number;
  /** Not done, past the target, today. */
  readonly overdue: number;
  /** Not done, within the target. */
  readonly running: number;
  /** Days from contact to the step, for every step done. */
  readonly days: readonly number[];
}

export interface SdqRow {
  readonly course: string;
  readonly informant: SdqRecordedInformant;
  /** Pairs of the same informant, baseline then follow-up. */
  readonly pairs: number;
  readonly totalChange: readonly number[];
  readonly impactChange: readonly number[];
  /** Pairs whose baseline total was high or very high. */
  readonly highAtBaseline: number;
  /** Of those, the pairs whose follow-up was below high. */
  readonly movedOut: number;
}

export interface Overview {
  readonly period: Period;
  readonly today: string;
  readonly months: readonly string[];
  /** Cases with a first contact in the period. */
  readonly contacts: number;
  /** Cases with no contact date (cannot be placed in a period). */
  readonly noContactDate: number;
  readonly perMonth: Readonly<Record<string, Record<AgeBand, number>>>;
  readonly byAge: Readonly<Record<AgeBand, number>>;
  readonly bySex: Readonly<Record<Sex, number>>;
  /** Municipality code ('' when not given) to count. */
  readonly byMunicipality: ReadonlyMap<string, number>;
  readonly byWho: Readonly<Record<ContactBy, number>>;
  readonly returning: number;
  readonly preTalk: ClockSummary;
  readonly screening: ClockSummary;
  readonly decisions: Readonly<Record<Decision, number>>;
  readonly screeningDecisions: Readonly<Record<(typeof SCREENING_DECISIONS)[number], number>>;
  /** Course name ('' for other or not given) to started and completed. */
  readonly courses: ReadonlyMap<string, { started: number; completed: number }>;
  readonly boostersHeld: number;
  readonly boostersPlanned: number;
  readonly urgent: Readonly<Record<(typeof URGENT_ANSWERED)[number], number>>;
  readonly sdq: readonly SdqRow[];
  /** SDQ answers left out of the pairs because who answered is unknown. */
  readonly sdqUnknownInformant: number;
}

const ENDS_AT_PRE_TALK = new Set(['closed', 'other-effort', 'referred-psychiatry']);

const dayOf = (at: string) => (at.length === 10 ? at : copenhagenDate(new Date(at)));

function emptyClock(): { -readonly [K in keyof ClockSummary]: ClockSummary[K] } & {
  days: number[];
} {
  return { applies: 0, notApplicable: 0, met: 0, late: 0, overdue: 0, running: 0, days: [] };
}

/** Day number of a YYYY-MM-DD date (UTC days since 1970), memoised: dates repeat a lot. */
function dayCounter(): (date: string) => number {
  const memo = new Map<string, number>();
  return (date) => {
    let n = memo.get(date);
    if (n === undefined) {
      n = Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000;
      memo.set(date, n);
    }
    return n;
  };
}

/** Whole years on a date, as the contract's `ageOn` (a 29 February birthday counts from 1 March). */
function ageAt(birth: string, on: string): number {
  const md = on.slice(5) < birth.slice(5) ? 1 : 0;
  return +on.slice(0, 4) - +birth.slice(0, 4) - md;
}

function countClock(
  sum: ReturnType<typeof emptyClock>,
  contact: number,
  done: number | undefined,
  target: number,
  today: number,
): void {
  sum.applies++;
  if (done !== undefined) {
    const days = done - contact;
    sum.days.push(days);
    if (days <= target) sum.met++;
    else sum.late++;
  } else if (today - contact > target) sum.overdue++;
  else sum.running++;
}

/** A course has started: a plan, a session held, or a screening that decided to start one. */
export function courseStarted(c: JournalCase): boolean {
  if (c.preTalk?.decision && ENDS_AT_PRE_TALK.has(c.preTalk.decision)) return false;
  return (
    Boolean(c.plan?.course) ||
    (c.sessions ?? []).some((s) => s.status === 'performed') ||
    c.screening?.startTreatment === true
  );
}

/** The course's name as counted: trimmed, inner spaces folded; '' when none is given. */
export const courseKey = (c: JournalCase) => (c.plan?.course ?? '').trim().replace(/\s+/g, ' ');

/** Baseline and follow-up of one informant in the current course, or nothing. */
function pairOf(
  answers: readonly CaseQuestionnaire[],
): [CaseQuestionnaire, CaseQuestionnaire] | null {
  // The earliest baseline (or, with no phase recorded, the earliest answer) ...
  let base: CaseQuestionnaire | undefined;
  for (const phase of ['baseline', undefined] as const) {
    for (const q of answers) if (q.phase === phase && (!base || q.date < base.date)) base = q;
    if (base) break;
  }
  if (!base) return null;
  // ... then the latest follow-up after it (or the latest answer with no phase).
  let follow: CaseQuestionnaire | undefined;
  for (const phase of ['follow-up', undefined] as const) {
    for (const q of answers)
      if (q.phase === phase && q.date > base.date && (!follow || q.date >= follow.date)) follow = q;
    if (follow) break;
  }
  return follow ? [base, follow] : null;
}

/** Index of FOUR_BAND_LABELS' "high"; "very-high" is above it. */
const HIGH_BAND = 2;

/**
 * Everything the overview shows, counted from valid cases. A case belongs to the period by
 * the first contact of its current course (an earlier course of a returning child is not a
 * new contact). Clocks count only where they apply: a pre-talk that closed the case, guided
 * the child elsewhere or referred to psychiatry stops the screening clock; a case closed
 * before a step stops that step's clock.
 */
export function aggregate(
  cases: readonly JournalCase[],
  period: Period,
  today: string,
  /** The course names the host runs; when given, no other name is ever shown. */
  knownCourses?: readonly string[],
): Overview {
  const months = monthsOf(period);
  const perMonth: Record<string, Record<AgeBand, number>> = {};
  for (const m of months) perMonth[m] = { '5-9': 0, '10-14': 0, '15-17': 0, outside: 0 };
  const byAge: Record<AgeBand, number> = { '5-9': 0, '10-14': 0, '15-17': 0, outside: 0 };
  const bySex: Record<Sex, number> = { female: 0, male: 0, other: 0, unknown: 0 };
  const byWho = Object.fromEntries(CONTACT_BY.map((k) => [k, 0])) as Record<ContactBy, number>;
  const byMunicipality = new Map<string, number>();
  const decisions = Object.fromEntries(DECISIONS.map((k) => [k, 0])) as Record<Decision, number>;
  const screeningDecisions = { start: 0, 'no-start': 0, none: 0 };
  const urgent = { 'same-day': 0, 'next-day': 0, later: 0, 'not-yet': 0 };
  const preTalk = emptyClock();
  const screening = emptyClock();
  const rawCourses = new Map<string, { started: number; completed: number }>();
  const sdqRaw = new Map<
    string,
    {
      course: string;
      informant: SdqRecordedInformant;
      pairs: [CaseQuestionnaire, CaseQuestionnaire][];
    }
  >();
  let contacts = 0;
  let noContactDate = 0;
  let returning = 0;
  let boostersHeld = 0;
  let boostersPlanned = 0;
  let sdqUnknownInformant = 0;

  const day = dayCounter();
  const todayN = day(today);
  for (const c of cases) {
    const contact = c.contact?.date;
    if (!contact) {
      noContactDate++;
      continue;
    }
    if (contact < period.from || contact > period.to) continue;
    contacts++;
    const band = ageBand(ageAt(c.child.birthDate, contact));
    const contactN = day(contact);
    byAge[band]++;
    const month = perMonth[contact.slice(0, 7)];
    if (month) month[band]++;
    bySex[c.child.sex ?? 'unknown']++;
    byWho[c.contact?.by ?? 'unknown']++;
    const muni = c.child.municipality ?? '';
    byMunicipality.set(muni, (byMunicipality.get(muni) ?? 0) + 1);
    if (c.earlierCourses?.length) returning++;

    const closed = c.closure?.date;
    const pre = c.preTalk?.date;
    if (!pre && closed) preTalk.notApplicable++;
    else countClock(preTalk, contactN, pre ? day(pre) : undefined, PRE_TALK_TARGET_DAYS, todayN);
    const scr = c.screening?.date;
    const decision = c.preTalk?.decision;
    if (!scr && ((decision && ENDS_AT_PRE_TALK.has(decision)) || closed)) screening.notApplicable++;
    else countClock(screening, contactN, scr ? day(scr) : undefined, SCREENING_TARGET_DAYS, todayN);

    decisions[decision ?? 'none']++;
    if (decision !== undefined && ENDS_AT_PRE_TALK.has(decision)) {
      // No screening follows these outcomes; nothing to decide there.
    } else if (c.screening?.startTreatment === true) screeningDecisions.start++;
    else if (c.screening?.startTreatment === false) screeningDecisions['no-start']++;
    else screeningDecisions.none++;

    const isUrgent =
      c.contact?.urgent === true || c.contact?.safety === 'yes' || c.contact?.safety === 'unsure';
    if (isUrgent) {
      const at = c.contact?.urgentHandled?.at;
      const lag = at ? day(dayOf(at)) - contactN : null;
      urgent[lag === null ? 'not-yet' : lag <= 0 ? 'same-day' : lag === 1 ? 'next-day' : 'later']++;
    }

    if (courseStarted(c)) {
      const key = courseKey(c);
      const row = rawCourses.get(key) ?? { started: 0, completed: 0 };
      row.started++;
      if (closed) row.completed++;
      rawCourses.set(key, row);
      const booster = c.closure?.boosterDate;
      if (booster) {
        if (booster <= today) boostersHeld++;
        else boostersPlanned++;
      }
      // Only this course's answers: a returning child's earlier answers predate the contact.
      const byInformant = new Map<SdqRecordedInformant, CaseQuestionnaire[]>();
      for (const q of c.questionnaires ?? []) {
        if (q.date < contact) continue;
        if (q.informant === 'unknown') {
          sdqUnknownInformant++;
          continue;
        }
        const list = byInformant.get(q.informant);
        if (list) list.push(q);
        else byInformant.set(q.informant, [q]);
      }
      for (const [informant, answers] of byInformant) {
        const pair = pairOf(answers);
        if (!pair) continue;
        const id = `${key}\u0000${informant}`;
        const group = sdqRaw.get(id) ?? { course: key, informant, pairs: [] };
        group.pairs.push(pair);
        sdqRaw.set(id, group);
      }
    }
  }

  // A course name is shown only when enough cases share it; the rest are "other courses".
  const known = knownCourses && new Set(knownCourses.map((n) => n.trim().replace(/\s+/g, ' ')));
  const merge = (name: string) =>
    (known ? known.has(name) : rawCourses.get(name)!.started >= SUPPRESS_BELOW)
      ? name
      : OTHER_COURSE;
  const courses = new Map<string, { started: number; completed: number }>();
  for (const [name, row] of rawCourses) {
    const key = merge(name);
    const into = courses.get(key) ?? { started: 0, completed: 0 };
    into.started += row.started;
    into.completed += row.completed;
    courses.set(key, into);
  }
  const sdqMerged = new Map<string, SdqRow & { totalChange: number[]; impactChange: number[] }>();
  for (const g of sdqRaw.values()) {
    const course = merge(g.course);
    const id = `${course}\u0000${g.informant}`;
    const row = sdqMerged.get(id) ?? {
      course,
      informant: g.informant,
      pairs: 0,
      totalChange: [],
      impactChange: [],
      highAtBaseline: 0,
      movedOut: 0,
    };
    for (const [before, after] of g.pairs) {
      const r = row as { pairs: number; highAtBaseline: number; movedOut: number };
      r.pairs++;
      const b = before.scores;
      const a = after.scores;
      if (b.totalDifficulties !== null && a.totalDifficulties !== null)
        row.totalChange.push(a.totalDifficulties - b.totalDifficulties);
      if (b.impact !== null && a.impact !== null) row.impactChange.push(a.impact - b.impact);
      // The contract's four bands for this informant: 2 and 3 are "high" and "very high".
      if (
        g.informant !== 'unknown' &&
        b.totalDifficulties !== null &&
        a.totalDifficulties !== null
      ) {
        const cut = FOUR_BANDS[g.informant].totalDifficulties;
        if (bandIndex(b.totalDifficulties, cut) >= HIGH_BAND) {
          r.highAtBaseline++;
          if (bandIndex(a.totalDifficulties, cut) < HIGH_BAND) r.movedOut++;
        }
      }
    }
    sdqMerged.set(id, row);
  }
  const sdq = [...sdqMerged.values()].sort(
    (x, y) => x.course.localeCompare(y.course) || x.informant.localeCompare(y.informant),
  );

  return {
    period,
    today,
    months,
    contacts,
    noContactDate,
    perMonth,
    byAge,
    bySex,
    byMunicipality,
    byWho,
    returning,
    preTalk,
    screening,
    decisions,
    screeningDecisions,
    courses,
    boostersHeld,
    boostersPlanned,
    urgent,
    sdq,
    sdqUnknownInformant,
  };
}
