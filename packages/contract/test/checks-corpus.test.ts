import { expect } from '@open-wc/testing';
import * as Zod from '../src/validation/schemas.js';
import * as Compiled from '../src/validation/checks.js';
import {
  CONTRACT_VERSION,
  EVENTS,
  buildQuestionnaireResponse,
  caseFromReferral,
  caseWithSdq,
  scoreSdq,
  sdqQuestions,
  type SdqInformant,
} from '../src/index.js';
import { defaultCrisisContacts } from '../../foundations/src/index.js';
import { fullCase, klQuestionnaire, receipt, referral1, referral2 } from './journey/helpers.js';
import * as journalCases from '../../journal-panel/test/fixtures/cases.js';
import { demoCases, makeCase } from '../../offer-overview/test/fixtures/cases.js';
import { feed } from '../../offer-finder/test/fixtures/feed.js';
import { DEFAULT_DIRECTORY } from '../../offer-finder/src/data/default-directory.js';
import { demoCase, demoDirectory } from '../../../shell/src/mocks/demo-data.js';

/**
 * The proof the decision of issue 17 asks for: for every schema the browser checks with a
 * compiled program (checks.ts) instead of zod (schemas.ts), a corpus of valid documents, every
 * systematic mutation of each, and hostile values, run through both: the same success, the
 * same output on success (key order and undefined included), the same issues (path and message,
 * in order) on failure.
 */

type Json = unknown;
const LONG = 'a'.repeat(10_001);
const EMOJI = '😀'.repeat(200); // 200 code points, 400 UTF-16 units
const HOSTILE: Json[] = [
  null,
  undefined,
  0,
  -1,
  1.5,
  1e21,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 53,
  true,
  false,
  '',
  ' ',
  'x',
  LONG,
  EMOJI,
  EMOJI + '😀',
  '\ud800',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  ' https://example.org ',
  'https://exa\nmple.org',
  'http:example.org',
  'HTTPS://EXAMPLE.ORG/x',
  'ftp://example.org',
  'https://',
  '2026-02-29',
  '2028-02-29',
  '2026-11-23T09:30:00Z',
  '2026-11-23T09:30:00',
  '2026-11-23T09:30:00.123+01:00',
  '24:00',
  '00:00',
  '23:59',
  '24:01',
  '101',
  '1.0.0',
  '3.0.0',
  'a@b.dk',
  '+45 12 34 56 78',
  '112',
  [],
  [1],
  [''],
  {},
  { length: 3 },
  JSON.parse('{"__proto__": {"x": 1}, "constructor": 1}') as Json,
  new Date(0),
];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every path to a value inside the document (not the root). */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [];
  if (Array.isArray(v)) v.forEach((x, i) => out.push([...at, i], ...paths(x, [...at, i])));
  else if (isRecord(v))
    for (const [k, x] of Object.entries(v)) out.push([...at, k], ...paths(x, [...at, k]));
  return out;
}

const clone = <T>(v: T): T => structuredClone(v);

function setAt(
  doc: unknown,
  path: (string | number)[],
  f: (parent: Record<string | number, unknown>, key: string | number) => void,
): unknown {
  const copy = clone(doc);
  let parent = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  f(parent, path.at(-1)!);
  return copy;
}

/** The string's near misses: each breaks a pattern, an enum or a bound a different way. */
const nearMisses = (s: string): string[] => [
  s + 'x',
  'x' + s,
  s.slice(1),
  s.slice(0, -1),
  ` ${s} `,
  s + '\n',
  s.toUpperCase(),
  s.replace(/\d/, 'x'),
  s.replace(/\d/g, '9'),
  s.replace(/-/g, ''),
  s.repeat(3),
];

/** The valid document and its mutations: at every path, every kind of wrong value. */
function mutations(doc: unknown): unknown[] {
  const out: unknown[] = [doc];
  for (const path of paths(doc)) {
    const del = setAt(doc, path, (p, k) => {
      if (Array.isArray(p)) p.splice(Number(k), 1);
      else delete p[k];
    });
    out.push(del);
    const current = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], doc);
    const values: unknown[] = [null, undefined, 42, -1, 2.5, 'x', '', LONG, EMOJI, [], {}, true];
    if (typeof current === 'string')
      values.push(...nearMisses(current), ['a'], { length: 1e9 }, { length: 0 });
    if (typeof current === 'number')
      values.push(2 ** 53, -(2 ** 53), Number.NaN, Number.POSITIVE_INFINITY, 1e21);
    if (typeof current === 'number')
      values.push(current + 1, current - 1, current + 0.5, -current, current * 100);
    if (Array.isArray(current)) values.push([...current, ...current], [null]);
    for (const value of values) out.push(setAt(doc, path, (p, k) => (p[k] = value)));
    if (isRecord(current)) {
      out.push(setAt(doc, path, (p, k) => ((p[k] as Record<string, unknown>).unknownKey = 1)));
      const c = current;
      if ('opens' in c && 'closes' in c)
        out.push(setAt(doc, path, (p, k) => (p[k] = { ...c, opens: c.closes, closes: c.opens })));
      if ('min' in c && 'max' in c)
        out.push(setAt(doc, path, (p, k) => (p[k] = { ...c, min: c.max, max: c.min })));
    }
  }
  if (isRecord(doc)) out.push({ ...doc, unknownKey: 'x' }, { ...doc, __proto__: null });
  if (typeof doc === 'string') out.push(...nearMisses(doc));
  return out;
}

/** Output compared with key order, undefined and NaN: `{ a: undefined }` is not `{}`. */
function canon(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (Array.isArray(v)) return `[${v.map(canon).join(',')}]`;
  if (isRecord(v))
    return `{${Object.keys(v)
      .map((k) => `${JSON.stringify(k)}:${canon(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? String(v);
}

interface Parser {
  safeParse(input: unknown): {
    success: boolean;
    data?: unknown;
    error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] };
  };
}
const outcome = (r: ReturnType<Parser['safeParse']>) =>
  r.success
    ? `ok ${canon(r.data)}`
    : `fail ${r.error!.issues.map((i) => `${canon(i.path.map(String))} ${i.message}`).join(' | ')}`;

function sdqResult(informant: SdqInformant) {
  const q = klQuestionnaire();
  const answers = new Map(Array.from({ length: 33 }, (_, i) => [i + 1, i % 3] as [number, number]));
  const authored = '2026-11-23T10:00:00+01:00';
  return {
    contractVersion: CONTRACT_VERSION,
    informant,
    followUp: false,
    authored,
    scores: scoreSdq(answers, informant),
    bands: { emotional: { three: 'normal', four: 'close to average' } },
    missingItems: [26],
    questionnaireResponse: buildQuestionnaireResponse(q, sdqQuestions(q).questions, answers, {
      informant,
      authored,
    }),
    observations: [{ resourceType: 'Observation', status: 'final', valueInteger: 3 }],
  };
}

const referral = referral2({
  writer: {
    role: 'professional',
    name: 'Ole',
    professional: { role: 'AKT-lærer', workplace: 'Bakkeskolen', familyKnowsAndAgrees: true },
  },
  impact: { school: 2, sleep: 0, friends: 3, family: 1 },
  tried: ['school', 'gp'],
  duration: '1-6-months',
  offer: { municipality: '101', offerId: 'kbh', courseId: 'cool-kids' },
});
const sdq = sdqResult('parent');
const offersOf = (d: { offers: unknown[]; catalogue?: unknown[] }) => d.offers;
const directories = [DEFAULT_DIRECTORY, demoDirectory, feed] as {
  offers: unknown[];
  catalogue?: unknown[];
}[];
const offers = directories.flatMap(offersOf);
const courses = [
  ...offers.flatMap((o) => (o as { courses?: unknown[] }).courses ?? []),
  ...directories.flatMap((d) => d.catalogue ?? []),
];
const cases = [
  ...Object.values(journalCases).filter(isRecord),
  ...demoCases(12),
  makeCase(),
  demoCase(new Date('2026-11-23T12:00:00Z')),
  fullCase(),
  caseWithSdq(caseFromReferral(referral2(), receipt), sdq),
];

/** Valid documents per compiled schema (each is also mutated). */
const VALID: Record<string, unknown[]> = {
  JournalCase: cases,
  OfferDirectory: directories,
  Offer: offers,
  Course: courses,
  PhoneLine: offers.map((o) => (o as { phone?: unknown }).phone).filter(Boolean),
  OfferPrefill: [{ municipality: '101', offerId: 'kbh', courseId: 'cool-kids' }],
  CrisisContactList: [
    defaultCrisisContacts('da'),
    defaultCrisisContacts('en'),
    [{ name: 'Linje', phone: '70 20 12 01', url: 'https://example.org', regions: [1084] }],
  ],
  Referral: [referral, referral2()],
  ReferralReceipt: [receipt, { reference: 'LT-1' }],
  CallbackPhone: ['12 34 56 78', '+45 12 34 56 78', '0045 12345678', '+46 8 123 456 78'],
  SdqResult: [sdq, sdqResult('teacher'), sdqResult('self')],
  SdqReceipt: [receipt, { reference: 'SDQ-1' }],
  AnyJson: [{ a: [1, 'x', null] }],
  AnyJsonArray: [[], [{ a: 1 }, 'x', null]],
};

/** Documents that fail today and are kept as they are (a 1.x referral's consent shape). */
const INVALID: Record<string, unknown[]> = {
  Referral: [referral1(), ...mutations(referral1())],
  // A record's key that is not a string (only a widget's own object can carry one).
  SdqResult: [{ ...sdq, bands: { [Symbol('x')]: { three: 'a', four: 'b' } } }],
};

const EVENT_DETAILS: Record<string, unknown> = {
  'lt-overview-request': { from: '2026-01-01', to: '2026-06-30', groupBy: 'municipality' },
  'lt-offer-select': { municipality: '101', offerId: 'kbh', courseId: 'c1', channel: 'phone' },
  'lt-offer-finder-change': { municipality: null, age: 12, concerns: ['worry'], format: null },
  'lt-data-error': {
    source: 'directory',
    kind: 'schema',
    status: 200,
    fallback: true,
    issues: [{ path: 'offers[3].phone.number', message: 'Expected a phone number' }],
  },
  'lt-referral-submit': { referral },
  'lt-referral-submitted': { receipt, urgent: true },
  'lt-referral-urgent': { safety: 'unsure', municipality: '101', offerId: 'kbh' },
  'lt-sdq-submit': { result: sdq },
  'lt-sdq-submitted': { receipt },
  'lt-journal-request': { caseId: 'case-1' },
  'lt-journal-action': { action: 'notify-gp', caseId: 'case-1', target: 's1' },
};

/** Runs the corpus through both; returns how many documents it held. */
function compare(
  name: string,
  zod: Parser,
  compiled: Parser,
  valid: unknown[],
  invalid: unknown[] = [],
): number {
  const docs = [...valid.flatMap(mutations), ...invalid, ...HOSTILE];
  let accepted = 0;
  for (const doc of valid)
    expect(zod.safeParse(doc).success, `${name}: a valid fixture`).to.equal(true);
  for (const [i, doc] of docs.entries()) {
    const a = outcome(zod.safeParse(doc));
    const b = outcome(compiled.safeParse(doc));
    if (a !== b) expect(b, `${name} #${i}: ${canon(doc).slice(0, 300)}`).to.equal(a);
    if (a.startsWith('ok')) accepted++;
  }
  expect(accepted, `${name}: some documents pass`).to.be.greaterThan(0);
  if (name !== 'AnyJson')
    expect(docs.length - accepted, `${name}: some documents fail`).to.be.greaterThan(0);
  return docs.length;
}

describe('compiled checks: the browser accepts, outputs and reports exactly what zod does', function () {
  // Tens of thousands of documents through two validators: minutes on a loaded machine.
  this.timeout(300_000);
  const counts: Record<string, number> = {};

  for (const [name, valid] of Object.entries(VALID))
    it(`${name}: ${valid.length} valid documents, their mutations and hostile values`, () => {
      const zod = (Zod as unknown as Record<string, Parser>)[name]!;
      const compiled = (Compiled as unknown as Record<string, Parser>)[name]!;
      counts[name] = compare(name, zod, compiled, valid, INVALID[name]);
    });

  for (const spec of EVENTS)
    it(`event ${spec.name}: its detail, the mutations and hostile values`, () => {
      const detail = EVENT_DETAILS[spec.name];
      expect(detail, `a valid detail for ${spec.name} in the corpus`).to.not.equal(undefined);
      const compiled = Compiled.eventSchema(spec.name);
      expect(compiled).to.not.equal(undefined);
      counts[spec.name] = compare(spec.name, spec.detail, compiled!, [detail]);
    });

  for (const [group, checks] of Object.entries(Compiled.groups))
    it(`the ${group} group checks each of its events as zod does`, () => {
      const held = EVENTS.filter((spec) => checks.eventSchema(spec.name));
      expect(held.length, `${group} holds events`).to.be.greaterThan(1);
      for (const spec of held)
        compare(`${group}: ${spec.name}`, spec.detail, checks.eventSchema(spec.name)!, [
          EVENT_DETAILS[spec.name],
        ]);
      expect(checks.eventSchema('toString')).to.equal(undefined);
    });

  it('names no event the registry lacks, and no schema twice', () => {
    expect(Compiled.eventSchema('lt-no-such-event')).to.equal(undefined);
    expect(Compiled.eventSchema('toString')).to.equal(undefined);
    expect(Object.keys(EVENT_DETAILS).sort()).to.deep.equal(EVENTS.map((s) => s.name).sort());
  });

  it('held a corpus of at least 70 000 documents, every schema and event with 50 or more', () => {
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(Object.keys(counts).length).to.equal(Object.keys(VALID).length + EVENTS.length);
    for (const [name, n] of Object.entries(counts)) expect(n, name).to.be.at.least(50);
    expect(total).to.be.at.least(70_000);
  });
});
