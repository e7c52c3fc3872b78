// End-to-end check of what ships, in Debian's Chromium through playwright-core:
// 1. the built demo site (shell/dist): the import map resolves every app and ONE shared Lit,
//    each route mounts its element and leaving unmounts it, msw answers from the service worker;
// 2. each package's standalone bundle upgrades its element from one <script type="module">.
// Prints a "N passed, N failed" line and exits non-zero on any failure.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const dist = join(here, '..', 'dist');
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

// Serves shell/dist at /, and the packages' dist folders at /packages/<pkg>/dist/.
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = path.startsWith('/packages/')
    ? join(root, normalize(path))
    : join(dist, normalize(path === '/' ? '/index.html' : path));
  if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  res
    .writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
    .end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await launchChromium();
let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failed++;
    console.log(
      `  ✗ ${name}\n    ${String(error?.message ?? error)
        .split('\n')
        .join('\n    ')}`,
    );
  }
}
const assert = (cond, msg) => {
  if (!cond) throw new Error(msg);
};

const ROUTES = [
  ['#/kommune', 'lt-offer-finder'],
  ['#/kontakt', 'lt-referral-widget'],
  ['#/skole', 'lt-referral-widget'],
  ['#/portal', 'lt-offer-finder'],
  ['#/sdq?sag=demo-1', 'lt-sdq-form'],
  ['#/fagsystem?sag=demo-1', 'lt-journal-panel'],
];

console.log('e2e: the built demo site');
const page = await browser.newPage();
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
await page.goto(`${base}/`);
await check('the msw demo backend controls the page', async () => {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 10_000,
  });
});
for (const [route, tag] of ROUTES) {
  await check(`${route} mounts <${tag}> through the import map`, async () => {
    await page.evaluate((r) => (location.hash = r), route);
    await page.waitForFunction(
      (t) => document.querySelector(t)?.shadowRoot?.childElementCount > 0,
      tag,
      { timeout: 10_000 },
    );
  });
  await check(`leaving ${route} unmounts <${tag}>`, async () => {
    await page.evaluate(() => (location.hash = '#/'));
    await page.waitForFunction((t) => document.querySelector(t) === null, tag, { timeout: 10_000 });
  });
}
await check('all four apps share one Lit', async () => {
  const versions = await page.evaluate(() => globalThis.litElementVersions ?? []);
  assert(
    versions.length === 1,
    `expected one Lit, found ${versions.length}: ${versions.join(', ')}`,
  );
});
await check('no errors in the console', async () => assert(errors.length === 0, errors.join('\n')));
await page.close();

console.log('e2e: standalone bundles, one <script type="module"> each');
for (const [pkg, tag] of [
  ['offer-finder', 'lt-offer-finder'],
  ['referral-widget', 'lt-referral-widget'],
  ['sdq-form', 'lt-sdq-form'],
  ['journal-panel', 'lt-journal-panel'],
]) {
  await check(`${pkg}.standalone.js upgrades <${tag}>`, async () => {
    const p = await browser.newPage();
    const errs = [];
    p.on('pageerror', (e) => errs.push(String(e)));
    await p.route(`${base}/page.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="da"><body><${tag}></${tag}><script type="module" src="/packages/${pkg}/dist/${pkg}.standalone.js"></script></body></html>`,
      }),
    );
    await p.goto(`${base}/page.html`);
    await p.waitForFunction(
      (t) => customElements.get(t) && document.querySelector(t).shadowRoot?.childElementCount > 0,
      tag,
      { timeout: 10_000 },
    );
    assert(errs.length === 0, errs.join('\n'));
    await p.close();
  });
}

// The draft store is its own chunk in the built form (openDraftStore): the questions show
// before it arrives, an answer given meanwhile is saved once it is there, and offline the form
// works without a draft and does not claim to keep one.
console.log('e2e: <lt-sdq-form> with its draft store loading on demand (standalone build)');
const questionnaire = {
  resourceType: 'Questionnaire',
  url: 'https://example.org/e2e-sdq',
  item: Array.from({ length: 26 }, (_, i) => ({
    linkId: String(i + 1),
    type: 'choice',
    text: `Placeholder ${i + 1}`,
    answerOption: Array.from({ length: i < 25 ? 3 : 4 }, (_, j) => ({ valueString: `A${j}` })),
  })),
};
// Public-sector hosts run a strict CSP: all four standalone widgets on one page, each with its
// own Lit, must render and work with no violation (README "Content-Security-Policy").
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
console.log('e2e: all four standalone widgets under a strict Content-Security-Policy');
await check('all four render and work under the recommended CSP, no violation', async () => {
  const p = await browser.newPage();
  const problems = [];
  p.on('pageerror', (e) => problems.push(String(e)));
  p.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await p.route(`${base}/csp.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: { 'Content-Security-Policy': CSP },
      body: `<!doctype html><html lang="da"><head><title>CSP</title></head><body>
<script src="/csp-probe.js"></script>
<lt-offer-finder></lt-offer-finder>
<lt-referral-widget></lt-referral-widget>
<lt-sdq-form layout="list" storage="none" subject="Patient/e2e" src="/csp-questionnaire.json"></lt-sdq-form>
<lt-journal-panel></lt-journal-panel>
${['offer-finder', 'referral-widget', 'sdq-form', 'journal-panel']
  .map((pkg) => `<script type="module" src="/packages/${pkg}/dist/${pkg}.standalone.js"></script>`)
  .join('\n')}
</body></html>`,
    }),
  );
  await p.route(`${base}/csp-probe.js`, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`,
    }),
  );
  await p.route(`${base}/csp-questionnaire.json`, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(questionnaire) }),
  );
  await p.goto(`${base}/csp.html`);
  for (const tag of ['lt-offer-finder', 'lt-referral-widget', 'lt-sdq-form', 'lt-journal-panel']) {
    await p.waitForFunction(
      (t) => customElements.get(t) && document.querySelector(t).shadowRoot?.childElementCount > 0,
      tag,
      { timeout: 10_000 },
    );
  }
  await p.waitForFunction(
    () =>
      document.querySelector('lt-sdq-form').shadowRoot.querySelectorAll('fieldset').length >= 25,
    null,
    { timeout: 10_000 },
  );
  // Works, not only renders: an SDQ answer is taken and the finder's search answers.
  await p.locator('lt-sdq-form').getByRole('radio').first().check();
  assert(
    await p.locator('lt-sdq-form').getByRole('radio').first().isChecked(),
    'the SDQ answer was not taken',
  );
  // The progress bar shows 1 of 26 (4 %), not 100 %: its size is not an inline style.
  await p.waitForFunction(
    () =>
      document
        .querySelector('lt-sdq-form')
        .shadowRoot.querySelector('.bar rect')
        ?.getAttribute('width') === '4',
    null,
    { timeout: 5_000 },
  );
  const barWidth = await p.evaluate(() => {
    const bar = document.querySelector('lt-sdq-form').shadowRoot.querySelector('.bar');
    return (
      bar.querySelector('rect').getBoundingClientRect().width / bar.getBoundingClientRect().width
    );
  });
  assert(barWidth > 0.02 && barWidth < 0.07, `bar drawn at ${Math.round(barWidth * 100)} %`);
  await p.locator('lt-offer-finder input[role=combobox]').fill('Aarhus');
  await p.locator('lt-offer-finder').getByRole('option').first().waitFor({ timeout: 5_000 });
  const violations = await p.evaluate(() => window.__violations);
  assert(violations.length === 0, `CSP violations: ${violations.join('; ')}`);
  assert(problems.length === 0, problems.join('\n'));
  await p.close();
});

async function sdqPage(onDraftStore) {
  const p = await browser.newPage();
  await p.route(`${base}/sdq.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="da"><body><lt-sdq-form layout="list" draft-key="e2e" subject="Patient/e2e"></lt-sdq-form>
<script type="module">document.querySelector('lt-sdq-form').questionnaire = ${JSON.stringify(questionnaire)};</script>
<script type="module" src="/packages/sdq-form/dist/sdq-form.standalone.js"></script></body></html>`,
    }),
  );
  await p.route('**/sdq-form.standalone-draft-store-*.js', onDraftStore);
  await p.goto(`${base}/sdq.html`);
  await p.waitForFunction(
    () =>
      document.querySelector('lt-sdq-form').shadowRoot?.querySelectorAll('fieldset').length >= 25,
    null,
    { timeout: 10_000 },
  );
  return p;
}
const footer = (p) =>
  p.evaluate(
    () => document.querySelector('lt-sdq-form').shadowRoot.querySelector('.footer').textContent,
  );
const drafts = (p) =>
  p.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('lettilbud:draft:')));
const answerThird = (p) =>
  p.evaluate(() =>
    document.querySelector('lt-sdq-form').shadowRoot.querySelectorAll('#q-3 input')[2].click(),
  );
await check(
  'an answer given before the draft store arrived is saved once it is there',
  async () => {
    let release;
    const held = new Promise((r) => (release = r));
    const p = await sdqPage(async (route) => {
      await held;
      await route.continue();
    });
    assert(
      !(await footer(p)).includes('Dine svar bliver gemt'),
      'draft note shown before the store',
    );
    await answerThird(p);
    assert((await drafts(p)).length === 0, 'a draft without a store');
    release();
    await p.waitForFunction(
      () => Object.keys(sessionStorage).some((k) => k.includes('e2e')),
      null,
      {
        timeout: 10_000,
      },
    );
    const saved = await p.evaluate(() =>
      JSON.parse(
        sessionStorage.getItem(Object.keys(sessionStorage).find((k) => k.includes('e2e'))),
      ),
    );
    assert(
      JSON.stringify(saved.data.answers) === '[[3,2]]',
      `saved ${JSON.stringify(saved.data.answers)}`,
    );
    await p.waitForFunction(() =>
      document
        .querySelector('lt-sdq-form')
        .shadowRoot.querySelector('.footer')
        .textContent.includes('Dine svar bliver gemt'),
    );
    await p.close();
  },
);
await check('offline before the draft store loaded, the form works without a draft', async () => {
  const p = await sdqPage((route) => route.abort('internetdisconnected'));
  await answerThird(p);
  const checked = await p.evaluate(
    () =>
      document.querySelector('lt-sdq-form').shadowRoot.querySelectorAll('#q-3 input')[2].checked,
  );
  assert(checked, 'answer not taken');
  await new Promise((r) => setTimeout(r, 300));
  assert(!(await footer(p)).includes('Dine svar bliver gemt'), 'claims to keep a draft');
  assert((await drafts(p)).length === 0, 'a draft was kept');
  await p.close();
});

await browser.close();
server.close();
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
