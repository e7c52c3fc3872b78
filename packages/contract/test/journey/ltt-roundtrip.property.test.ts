import { expect } from '@open-wc/testing';
import {
  CONCERN_IDS,
  JournalCase,
  PARTIES,
  PRE_TALK_DECISIONS,
  addDays,
  caseToLttBundle,
  fhirToCase,
  lttView,
  validate,
  type ConcernId,
} from '../../src/index.js';
import { SOR, type Bundle } from './helpers.js';
import { checkLttReport, lttCodeSystem } from './ltt-check.js';

/**
 * A property test without a library: a seeded generator (mulberry32) makes many different
 * valid cases, and for each the LTT report must meet KL's profiles and read back through
 * fhirToCase to the same LTT view. The seed is fixed, so a failure names a case that can be
 * made again.
 */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE = ['<script>alert(1)</script>', '"; DROP TABLE x;--', '\u202eæøå', '{{x}}', ''];
const REFERRAL_NOTES = [
  'Henvisning',
  'Henvisning: Civilsamfund',
  'Henvisning: Alment praktiserende læge',
  'Henvisning: Børne- og ungdomspsykiatri',
  'Henvisning: §126a-tilbud i anden kommune',
  'Henvisning: Andet tilbud i hjemkommune',
  'Henvisning: Andet',
  'Talte med skolen',
];

function generate(random: () => number): { c: JournalCase; cpr: string } {
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  const maybe = (p = 0.5) => random() < p;
  const subset = (): ConcernId[] =>
    CONCERN_IDS.filter(() => maybe(0.25)).sort(() => random() - 0.5);

  const year = int(2007, 2021);
  const birthDate = addDays(`${year}-01-01`, int(0, 364));
  const [y, m, d] = birthDate.split('-') as [string, string, string];
  const centuryDigit = year >= 2000 ? pick([4, 5, 6, 7, 8, 9]) : pick([0, 1, 2, 3]);
  const cpr = `${d}${m}${y.slice(2)}${centuryDigit}${String(int(0, 999)).padStart(3, '0')}`;
  const idChars = 'abcXYZ019._:-';
  const id = `c${Array.from({ length: int(0, 20) }, () => pick([...idChars])).join('')}`;

  let day = addDays('2024-01-01', int(0, 1000));
  const next = (max: number) => (day = addDays(day, int(0, max)));
  const contact = { date: day, ...(maybe(0.8) ? { concerns: subset() } : {}) };
  const preTalk = maybe(0.8)
    ? {
        ...(maybe(0.9) ? { date: next(20) } : {}),
        ...(maybe(0.7) ? { decision: pick(PRE_TALK_DECISIONS) } : {}),
      }
    : undefined;
  const screening = maybe(0.6)
    ? { date: next(20), ...(maybe() ? { concerns: subset() } : {}) }
    : undefined;
  const sessions = Array.from({ length: maybe(0.7) ? int(1, 14) : 0 }, () => ({
    date: maybe(0.15) ? day : next(14),
    status: pick(['performed', 'performed', 'planned', 'cancelled'] as const),
    ...(maybe(0.1) ? { note: 'Afsluttende samtale' } : maybe(0.1) ? { note: pick(HOSTILE) } : {}),
  }));
  const coordination = Array.from({ length: int(0, 3) }, () => ({
    partner: pick(PARTIES),
    date: next(10),
    ...(maybe(0.8) ? { note: pick(REFERRAL_NOTES) } : {}),
  }));
  const closure = maybe(0.5) ? { date: next(30) } : undefined;

  const c: JournalCase = {
    contractVersion: '1.0.0',
    id,
    child: { birthDate, ...(maybe() ? { name: pick(HOSTILE) || 'Ida' } : {}) },
    contact,
    ...(preTalk ? { preTalk } : {}),
    ...(screening ? { screening } : {}),
    ...(sessions.length
      ? { sessions, plan: { format: pick(['individual', 'group', 'parents'] as const) } }
      : {}),
    ...(coordination.length ? { coordination } : {}),
    ...(closure ? { closure } : {}),
  };
  return { c, cpr };
}

describe('property: fhirToCase(caseToLttBundle(c)) keeps every LTT-carried field', () => {
  it('for 300 generated cases: a conformant report that reads back to the same LTT view', async () => {
    const codes = await lttCodeSystem();
    const random = mulberry32(20261123);
    let withTreatment = 0;
    let withReferral = 0;
    let completed = 0;
    for (let n = 0; n < 300; n++) {
      const { c, cpr } = generate(random);
      const label = `case ${n}: ${JSON.stringify(c)}`;
      expect(validate(JournalCase, c).ok, label).to.equal(true);
      const bundle = caseToLttBundle(c, {
        timestamp: '2027-12-31T12:00:00+01:00',
        cpr,
        sor: SOR,
        ...(n % 2 ? { base: 'https://fhir.example.dk' } : {}),
      }) as unknown as Bundle;
      expect(checkLttReport(bundle, codes), label).to.deep.equal([]);
      const { record, issues } = fhirToCase(bundle);
      expect(issues, label).to.deep.equal([]);
      const back = validate(JournalCase, record);
      expect(back.ok, label).to.equal(true);
      const view = lttView(c);
      expect(lttView(record as unknown as JournalCase), label).to.deep.equal(view);
      if (view.treatments.length) withTreatment++;
      if (view.referrals.length) withReferral++;
      if (view.closure) completed++;
    }
    // The generator really reaches every part of the report.
    expect(withTreatment).to.be.above(100);
    expect(withReferral).to.be.above(100);
    expect(completed).to.be.above(100);
  });
});
