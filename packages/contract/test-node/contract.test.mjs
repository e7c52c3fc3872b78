// The built contract (dist/, as it ships) in plain Node, with no DOM and no Lit: what a host's
// backend does with it. Run by scripts/test.sh after the build:
//   node --test packages/contract/test-node/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
const entry = join(dist, 'index.js');
const pkg = JSON.parse(readFileSync(resolve(dist, '../package.json'), 'utf8'));

// Every DOM global a browser-only module could touch when it loads. None exists in Node; each
// is planted as a trap that records the access, so a module reading one is caught even where
// it would have guarded with `typeof`.
const DOM_GLOBALS = [
  'window',
  'document',
  'customElements',
  'HTMLElement',
  'localStorage',
  'sessionStorage',
  'MutationObserver',
];
const touched = new Set();
for (const name of DOM_GLOBALS) {
  assert.equal(name in globalThis, false, `${name} exists in this Node`);
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      touched.add(name);
      return undefined;
    },
  });
}
const contract = await import(pathToFileURL(entry).href);
for (const name of DOM_GLOBALS) delete globalThis[name];

/** The code without its comments (a doc comment may say "the document"). */
const codeOnly = (code) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/** Every module the entry reaches, through static imports and `import()`, with its specifiers. */
function moduleGraph(start) {
  const seen = new Map();
  const queue = [start];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    const code = codeOnly(readFileSync(file, 'utf8'));
    const specifiers = [
      ...code.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g),
      ...code.matchAll(/(?:^|[\s;])import\s*['"]([^'"]+)['"]/g),
      ...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
    ].map((m) => m[1]);
    seen.set(file, { code, specifiers });
    for (const s of specifiers)
      if (s.startsWith('.')) {
        const next = resolve(dirname(file), s);
        assert.ok(existsSync(next), `${file} imports a missing ${s}`);
        queue.push(next);
      }
  }
  return seen;
}

test('the package declares no Lit: no dependency, no peer', () => {
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies'])
    assert.equal(pkg[field]?.lit, undefined, `lit in ${field}`);
  assert.deepEqual(Object.keys(pkg.dependencies), ['zod']);
});

test('its module graph imports only its own files and zod, and names no DOM global', () => {
  const graph = moduleGraph(entry);
  assert.ok(graph.size > 30, `only ${graph.size} modules reached`);
  const bare = new Set();
  for (const [file, { code, specifiers }] of graph) {
    for (const s of specifiers) if (!s.startsWith('.')) bare.add(s);
    const dom = code.match(
      /\b(?:window|document|customElements|localStorage|sessionStorage)\s*\.|\bnew\s+MutationObserver\b|\bHTMLElement\b/,
    );
    assert.equal(dom, null, `${file} uses ${dom?.[0]}`);
  }
  assert.deepEqual([...bare].sort(), ['zod/mini']);
});

test('importing it touches no DOM global', () => {
  assert.deepEqual([...touched], []);
});

const referral = {
  contractVersion: contract.CONTRACT_VERSION,
  consentTextVersion: '2026-11',
  writer: { role: 'parent', name: 'Mette Jensen' },
  child: { name: 'Ida Jensen', birthDate: '2015-03-09', municipality: '101' },
  contact: { phone: '12 34 56 78' },
  concerns: ['worry', 'school-absence'],
  safety: 'no',
  urgent: false,
  consents: {
    consenter: 'custody-holders',
    status: 'given',
    parties: { ppr: true, 'health-visitor': false, school: true, 'family-department': false },
  },
  submittedAt: '2026-11-22T23:30:00+01:00',
};

test('checks a referral: a valid one passes, a broken one names its paths and not its values', () => {
  const { validate, Referral } = contract;
  const ok = validate(Referral, referral);
  assert.equal(ok.ok, true, JSON.stringify(ok.issues));
  assert.equal(ok.value.child.name, 'Ida Jensen');

  const broken = validate(Referral, {
    ...referral,
    child: { ...referral.child, birthDate: '2015-02-30' },
    contact: { phone: 'call me' },
  });
  assert.equal(broken.ok, false);
  const paths = broken.issues.map((i) => i.path);
  assert.ok(paths.includes('child.birthDate'), paths.join(', '));
  assert.ok(paths.includes('contact.phone'), paths.join(', '));
  assert.ok(!JSON.stringify(broken.issues).includes('call me'), 'an issue repeats the value');
});

const offer = {
  id: 'kbh-entre',
  name: 'Entré',
  status: 'running',
  municipalities: ['101'],
  phone: {
    number: '33 17 33 17',
    hours: [{ dayOfWeek: ['Monday'], opens: '09:00', closes: '15:00' }],
  },
  website: 'https://www.kk.dk',
  courses: [
    {
      id: 'cool-kids',
      name: 'Cool Kids',
      concerns: ['worry'],
      ages: { min: 7, max: 12 },
      formats: ['group'],
    },
  ],
  verifiedAt: '2026-11-01',
};

test('checks an OfferDirectory and its offers: valid ones pass, broken ones name the fields', () => {
  const { validate, Offer, OfferDirectory } = contract;
  const directory = { contractVersion: '1.0.0', publisher: 'KL', offers: [offer] };
  assert.equal(validate(OfferDirectory, directory).ok, true);
  assert.equal(validate(Offer, offer).ok, true);

  const feed = validate(OfferDirectory, { contractVersion: '7.0.0', offers: {} });
  assert.equal(feed.ok, false);
  assert.deepEqual(feed.issues.map((i) => i.path).sort(), [
    'contractVersion',
    'offers',
    'publisher',
  ]);
  // Each offer is checked on its own, so one broken offer does not hide the others.
  const broken = validate(Offer, {
    ...offer,
    municipalities: ['9999'],
    website: 'javascript:alert(1)',
  });
  assert.equal(broken.ok, false);
  assert.deepEqual(broken.issues.map((i) => i.path).sort(), ['municipalities[0]', 'website']);
});

test('scores an SDQ response as worked out by hand, reversed items turned', () => {
  // Positions for items 1..25 (0 not true, 1 somewhat, 2 certainly).
  const pos = [2, 1, 0, 2, 1, 0, 2, 1, 2, 2, 2, 0, 1, 1, 2, 1, 2, 0, 1, 2, 0, 0, 1, 2, 0];
  const scores = contract.scoreSdq(new Map(pos.map((p, i) => [i + 1, p])), 'parent');
  assert.deepEqual(
    {
      emotional: scores.emotional,
      conduct: scores.conduct,
      hyperactivity: scores.hyperactivity,
      peer: scores.peer,
      prosocial: scores.prosocial,
      totalDifficulties: scores.totalDifficulties,
    },
    { emotional: 5, conduct: 1, hyperactivity: 9, peer: 3, prosocial: 10, totalDifficulties: 18 },
  );
  assert.equal(contract.SDQ_SCALES.length, 5);
  assert.equal(contract.validate(contract.SdqScores, scores).ok, true);
});

test('a journey function: caseFromReferral() opens the case the journal shows', () => {
  const receipt = { reference: 'LT-2026-0042', receivedAt: '2026-11-22T23:30:05+01:00' };
  const journalCase = contract.caseFromReferral(referral, receipt);
  assert.equal(contract.validate(contract.JournalCase, journalCase).ok, true);
  assert.equal(journalCase.contractVersion, contract.CONTRACT_VERSION);
  assert.equal(journalCase.child.birthDate, '2015-03-09');
  // The first contact is the day the family wrote, in Copenhagen (23:30 on the 22nd).
  assert.equal(journalCase.contact.date, '2026-11-22');
  assert.deepEqual(
    journalCase.consents.map((c) => `${c.party}:${c.status}`),
    ['ppr:given', 'school:given'],
  );
  assert.throws(() => contract.caseFromReferral({ contractVersion: '9.0.0' }, receipt), {
    name: 'LtJourneyError',
  });
});
