// End-to-end check of what ships, in Debian's Chromium through playwright-core:
// 1. the built demo site (shell/dist): the import map resolves every app and ONE shared Lit,
//    each route mounts its element and leaving unmounts it, msw answers from the service worker;
// 2. each package's standalone bundle upgrades its element from one <script type="module">.
// Prints a "N passed, N failed" line and exits non-zero on any failure.
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/chromium.mjs';
import { Offer, OfferDirectory, fhirToCase, validate } from '../../packages/contract/dist/index.js';

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
  ['#/ledelse', 'lt-offer-overview'],
  ['#/redaktion', 'lt-offer-finder'],
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

// axe-core, as @open-wc/testing's accessibility check installs it.
const pnpmDir = join(root, 'node_modules', '.pnpm');
const axeDir = readdirSync(pnpmDir).find((d) => d.startsWith('axe-core@'));
const axeSource = readFileSync(
  join(pnpmDir, axeDir, 'node_modules', 'axe-core', 'axe.min.js'),
  'utf8',
);
// One child's journey through the four hosts, as their people use them (by role and label).
let demoFeed = null;
console.log(
  "e2e: one child's journey: municipal site → referral (backend down, then back) → fagsystem → SDQ → KL report",
);
{
  const p = await browser.newPage({ acceptDownloads: true });
  p.setDefaultTimeout(10_000);
  const problems = [];
  p.on('pageerror', (e) => problems.push(String(e)));
  await p.goto(`${base}/#/`);
  await p.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 10_000,
  });
  await p.getByRole('button', { name: 'Nulstil demo' }).click();
  await p.getByText('Demoen er nulstillet').waitFor({ timeout: 5_000 });
  demoFeed = await p.evaluate(() => fetch('/api/offers').then((r) => r.json()));
  const referral = p.locator('lt-referral-widget');
  const next = () => referral.getByRole('button', { name: 'Næste', exact: true }).click();
  let reference = '';
  await check('the municipal site: choosing a course opens the referral prefilled', async () => {
    await p.getByRole('link', { name: 'Kommunens side' }).click();
    await p.getByRole('heading', { name: /Demoby Kommune \(demo\)/ }).waitFor();
    await p
      .locator('lt-offer-finder')
      .getByRole('button', { name: 'Kontakt tilbuddet om dette forløb' })
      .first()
      .click();
    await p.waitForFunction(() => location.hash === '#/kontakt', null, { timeout: 5_000 });
    await referral.getByLabel('Jeg er forælder eller har forældremyndighed').check();
    await next();
    const municipality = await referral.getByLabel('Kommune', { exact: true }).inputValue();
    assert(municipality === '101', `municipality ${municipality}`);
  });
  await check(
    'sent while the backend is down, it says so; retried when it is back, one case',
    async () => {
      await referral.getByLabel('Barnets navn').fill('Demo Rejse');
      await referral.getByLabel('Fødselsdato').fill('09-03-2015');
      await next();
      await referral.getByLabel('Bekymringer').check();
      await next();
      await referral
        .getByRole('group', { name: /tanker om at gøre skade/ })
        .getByLabel('Ja')
        .check();
      await next();
      await referral.getByLabel('Telefonnummer').fill('+999 00 00 00 02');
      await next();
      await referral.getByRole('button', { name: 'Spring over' }).click();
      await next();
      await referral.getByRole('heading', { name: /Se det hele igen/ }).waitFor();
      await p.getByLabel('Backend nede (alle kald fejler)').check();
      await referral.getByRole('button', { name: 'Send', exact: true }).click();
      await referral.getByText('Det blev ikke sendt').waitFor({ timeout: 10_000 });
      await p.getByLabel('Backend nede (alle kald fejler)').uncheck();
      await referral.getByRole('button', { name: 'Prøv igen' }).click();
      await referral.getByText('Dit nummer').waitFor({ timeout: 10_000 });
      const cases = await p.evaluate(() => fetch('/api/cases').then((r) => r.json()));
      const mine = cases.filter((c) => c.case.child.name === 'Demo Rejse');
      assert(mine.length === 1, `${mine.length} cases for one referral`);
      reference = mine[0].id;
      assert(mine[0].case.contact.safety === 'yes', 'the safety answer did not travel');
    },
  );
  await check(
    'the fagsystem lists it first (urgent), and opens it beside the journal panel',
    async () => {
      await p.getByRole('link', { name: 'Fagsystem' }).click();
      const first = p.getByRole('region', { name: 'Sager' }).getByRole('link').first();
      await first.waitFor();
      assert((await first.textContent()).includes('Demo Rejse'), 'not first');
      await first.click();
      await p
        .locator('lt-journal-panel')
        .getByText('Demo Rejse')
        .first()
        .waitFor({ timeout: 10_000 });
    },
  );
  await check(
    '"Send SDQ til familien" gives a link; the family fills it in; the scores reach the panel',
    async () => {
      await p.getByRole('button', { name: 'Send SDQ til familien' }).click();
      const href = await p
        .getByRole('link', { name: `SDQ-skema til sag ${reference}` })
        .getAttribute('href');
      await p.goto(href);
      const sdq = p.locator('lt-sdq-form');
      await sdq.getByRole('radio').first().waitFor({ timeout: 10_000 });
      const groups = sdq.getByRole('group').filter({ has: p.getByRole('radio') });
      // Answering may reveal the impact questions: answer until every question has an answer.
      for (let i = 0; i < (await groups.count()); i++)
        await groups.nth(i).getByRole('radio').nth(1).check();
      const n = await groups.count();
      assert(n >= 25, `${n} questions`);
      await sdq.getByRole('button', { name: 'Se svarene igen' }).click();
      await sdq.getByRole('button', { name: 'Send svarene' }).click();
      await sdq.getByText('Tak for dine svar').waitFor({ timeout: 10_000 });
      const stored = await p.evaluate(
        (id) => fetch(`/api/cases/${id}`).then((r) => r.json()),
        reference,
      );
      assert(stored.questionnaires?.length === 1, 'the SDQ did not reach the case');
      await p.goto(`${base}/#/fagsystem?sag=${reference}`);
      const total = String(stored.questionnaires[0].scores.totalDifficulties);
      const panel = p.locator('lt-journal-panel');
      await panel.getByRole('heading', { name: 'SDQ over tid' }).waitFor();
      assert(total !== 'null', 'no total score');
      // The series chart names who answered and the total difficulties score the answers gave.
      await panel
        .getByLabel(new RegExp(`^Samlede vanskeligheder over tid: Forælder: .* ${total}$`))
        .first()
        .waitFor();
      await panel.getByText('Forælder').first().waitFor();
    },
  );
  await check('the KL report downloads and reads back through fhirToCase', async () => {
    await p.goto(`${base}/#/fagsystem?sag=${reference}`);
    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('button', { name: 'Eksportér KL-indberetning' }).click(),
    ]);
    const file = await download.path();
    const bundle = JSON.parse(readFileSync(file, 'utf8'));
    const { record } = fhirToCase(bundle);
    const stored = await p.evaluate(
      (id) => fetch(`/api/cases/${id}`).then((r) => r.json()),
      reference,
    );
    assert(record.contact?.date === stored.contact.date, 'the contact date did not read back');
  });
  const routes = [
    '#/',
    '#/kommune',
    '#/kontakt',
    '#/skole',
    '#/portal',
    `#/sdq?sag=${reference}`,
    `#/fagsystem`,
    `#/fagsystem?sag=${reference}`,
    '#/ledelse',
    '#/redaktion',
  ];
  await check('every route is axe-clean (WCAG 2.1 AA)', async () => {
    const found = [];
    for (const route of routes) {
      await p.goto(`${base}/${route}`);
      await p.waitForTimeout(600);
      if (!(await p.evaluate(() => 'axe' in window))) await p.addScriptTag({ content: axeSource });
      const violations = await p.evaluate(async () => {
        const r = await window.axe.run(document, {
          runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
        });
        return r.violations.map(
          (v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        );
      });
      for (const v of violations) found.push(`${route}: ${v}`);
    }
    assert(found.length === 0, found.join('\n'));
  });
  await check('every route fits 320 px without sideways scrolling', async () => {
    await p.setViewportSize({ width: 320, height: 640 });
    for (const route of [
      '#/',
      '#/kommune',
      '#/kontakt',
      '#/skole',
      '#/portal',
      `#/sdq?sag=${reference}`,
      `#/fagsystem?sag=${reference}`,
      '#/ledelse',
      '#/redaktion',
    ]) {
      await p.goto(`${base}/${route}`);
      await p.waitForTimeout(400);
      const wide = await p.evaluate(() => document.documentElement.scrollWidth);
      assert(wide <= 320, `${route} is ${wide} px wide`);
    }
  });
  await check('no errors on the journey', async () =>
    assert(problems.length === 0, problems.join('\n')),
  );
  await p.close();
}

// The municipality's web team: the offer as a form, problems in Danish, the finder as preview,
// and the feed they download, read back through the contract.
console.log(
  "e2e: the web team's feed editor: form → problems in Danish → fixed → preview → valid feed downloaded",
);
{
  const p = await browser.newPage({ acceptDownloads: true });
  p.setDefaultTimeout(10_000);
  const problems = [];
  p.on('pageerror', (e) => problems.push(String(e)));
  p.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  let downloads = 0;
  p.on('download', () => downloads++);
  await p.goto(`${base}/#/`);
  await p.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 10_000,
  });
  await p.getByRole('link', { name: 'Kommunens webredaktion' }).click();
  await p.getByRole('heading', { name: /Kommunens webredaktion/ }).waitFor();
  const finder = p.locator('#app-feed-editor lt-offer-finder');
  const focused = () => p.evaluate(() => document.activeElement?.id ?? '');
  const monday = p.getByRole('group', { name: 'Mandag' });
  await check(
    'the offer with one course; a bad phone and hours are named in Danish at their fields',
    async () => {
      await p.getByText('Forhåndsvisningen er skjult').waitFor();
      await p.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Aarhus (751)' });
      await p.getByLabel('Tilbuddets navn').fill('Lettilbud (eksempel)');
      const phone = p.getByLabel('Telefonnummer (valgfrit)');
      await phone.fill('ring til os');
      await phone.blur();
      await p
        .getByText('Telefonnummeret må kun have tal, mellemrum, + og - (mindst 3 tal)')
        .waitFor();
      assert(
        (await phone.getAttribute('aria-invalid')) === 'true',
        'the phone field is not invalid',
      );
      await monday.getByLabel('Åbner').fill('09:00');
      await monday.getByLabel('Lukker').fill('08:00');
      await monday.getByLabel('Lukker').blur();
      await monday.getByText('Telefonen skal lukke senere, end den åbner').waitFor();
      await p.getByRole('button', { name: 'Tilføj forløb' }).click();
      const course = p.getByRole('group', { name: /^Forløb 1/ });
      await course.getByLabel('Forløbets navn').fill('Eksempelforløb');
      const ages = course.getByRole('group', { name: 'Alder, forløbet er for (år)' });
      await ages.getByLabel('Fra').fill('7');
      await ages.getByLabel('Til og med').fill('12');
      await course.getByLabel('I en gruppe').check();
      await course.getByLabel('Bekymringer').check();
      assert(!(await p.locator('#app-feed-editor').isVisible()), 'a preview of an invalid feed');
    },
  );
  await check(
    '"Hent feed" while invalid: nothing downloads, the summary takes focus and leads to the field',
    async () => {
      await p.getByRole('button', { name: 'Hent feed' }).click();
      const summary = p.getByRole('alert').filter({ hasText: 'Der er noget, der skal rettes' });
      await summary.waitFor();
      assert((await focused()) === 'fe-summary', `focus is on ${await focused()}`);
      await summary
        .getByRole('link', { name: 'Mandag: Telefonen skal lukke senere, end den åbner' })
        .click();
      assert((await focused()) === 'fe-monday-closes', `focus is on ${await focused()}`);
      await p.waitForTimeout(300);
      assert(downloads === 0, 'an invalid feed was downloaded');
    },
  );
  await check('the feed editor with its problems showing is axe-clean', async () => {
    if (!(await p.evaluate(() => 'axe' in window))) await p.addScriptTag({ content: axeSource });
    const violations = await p.evaluate(async () => {
      const r = await window.axe.run(document, {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
      });
      return r.violations.map(
        (v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
    });
    assert(violations.length === 0, violations.join('\n'));
  });
  await check(
    'fixed: the problems go, and the preview finder shows the course for Aarhus',
    async () => {
      await p.getByLabel('Telefonnummer (valgfrit)').fill('00 00 00 01');
      await monday.getByLabel('Lukker').fill('15:00');
      await monday.getByLabel('Lukker').blur();
      await p.getByText('Feedet er gyldigt og kan hentes.').waitFor();
      assert(
        (await p.getByRole('alert').filter({ hasText: 'Der er noget' }).count()) === 0,
        'summary left',
      );
      await finder.getByRole('heading', { name: 'Eksempelforløb' }).waitFor();
      await finder.getByRole('heading', { name: 'Lettilbud (eksempel)' }).waitFor();
      assert((await finder.getAttribute('municipality')) === '751', 'the preview is not locked');
      // Typing changes the preview after a pause.
      await p
        .getByRole('group', { name: /^Forløb 1/ })
        .getByLabel('Forløbets navn')
        .fill('Eksempelforløb to');
      await finder.getByRole('heading', { name: 'Eksempelforløb to' }).waitFor();
    },
  );
  await check(
    '"Hent feed" downloads the feed, named with the code, valid through the contract',
    async () => {
      const [download] = await Promise.all([
        p.waitForEvent('download'),
        p.getByRole('button', { name: 'Hent feed' }).click(),
      ]);
      assert(
        download.suggestedFilename() === 'lettilbud-feed-751.json',
        download.suggestedFilename(),
      );
      const feed = JSON.parse(readFileSync(await download.path(), 'utf8'));
      const envelope = validate(OfferDirectory, feed);
      assert(envelope.ok, JSON.stringify(envelope.issues));
      const offer = validate(Offer, feed.offers[0]);
      assert(offer.ok, JSON.stringify(offer.issues));
      assert(offer.value.municipalities[0] === '751', 'municipality');
      assert(offer.value.courses[0].name === 'Eksempelforløb to', 'course');
      assert(offer.value.phone.hours[0].closes === '15:00', 'hours');
      await p.getByText('Feedet er hentet som lettilbud-feed-751.json').waitFor();
    },
  );
  await check('a reload keeps the draft (and fits 320 px); "Start forfra" empties it', async () => {
    await p.reload();
    await p.getByLabel('Tilbuddets navn').waitFor();
    assert(
      (await p.getByLabel('Tilbuddets navn').inputValue()) === 'Lettilbud (eksempel)',
      'no draft',
    );
    await finder.getByRole('heading', { name: 'Eksempelforløb to' }).waitFor();
    // The form, a course and the preview at 320 px: nothing scrolls sideways.
    await p.setViewportSize({ width: 320, height: 640 });
    await p.waitForTimeout(300);
    const wide = await p.evaluate(() => document.documentElement.scrollWidth);
    assert(wide <= 320, `the filled-in editor is ${wide} px wide`);
    await p.getByRole('button', { name: 'Start forfra (sletter kladden)' }).click();
    assert((await p.getByLabel('Tilbuddets navn').inputValue()) === '', 'not emptied');
    await p.getByText('Forhåndsvisningen er skjult').waitFor();
  });
  await check('no errors in the feed editor', async () =>
    assert(problems.length === 0, problems.join('\n')),
  );
  await p.close();
}

// The same link on a plain page: the finder's referral-url, read by the referral widget.
console.log(
  'e2e: a plain page: <lt-offer-finder referral-url> → <lt-referral-widget> prefilled from the query',
);
await check(
  'the plain finder opens the referral page with the choice; the form reads it',
  async () => {
    const p = await browser.newPage();
    const feed = demoFeed;
    await p.route(`${base}/plain-feed.json`, (r) =>
      r.fulfill({ contentType: 'application/json', body: JSON.stringify(feed) }),
    );
    await p.route(`${base}/kommune.html`, (r) =>
      r.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="da"><body><lt-offer-finder municipality="101" src="/plain-feed.json" referral-url="/henvisning.html"></lt-offer-finder><script type="module" src="/packages/offer-finder/dist/offer-finder.standalone.js"></script></body></html>`,
      }),
    );
    await p.route(`${base}/henvisning.html*`, (r) =>
      r.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="da"><body><lt-referral-widget endpoint="/nowhere"></lt-referral-widget><script type="module" src="/packages/referral-widget/dist/referral-widget.standalone.js"></script></body></html>`,
      }),
    );
    await p.goto(`${base}/kommune.html`);
    await p.getByRole('button', { name: 'Kontakt tilbuddet om dette forløb' }).first().click();
    await p.waitForURL(/henvisning\.html/, { timeout: 10_000 });
    const q = new URL(p.url()).searchParams;
    assert(
      q.get('municipality') === '101' &&
        q.get('offer') === 'demoby-let' &&
        q.get('course') === 'tryg-nok',
      p.url(),
    );
    await p.getByLabel('Jeg er forælder eller har forældremyndighed').check();
    await p.getByRole('button', { name: 'Næste', exact: true }).click();
    const municipality = await p.getByLabel('Kommune', { exact: true }).inputValue();
    assert(municipality === '101', `municipality ${municipality}`);
    await p.close();
  },
);

// The READMEs' snippets, copied as written (root README "For host developers" and the
// packages' READMEs): /assets/lettilbud/ is where they put the standalone bundles.
console.log("e2e: the READMEs' snippets for the referral and the SDQ, as written");
async function snippetPage(body) {
  const p = await browser.newPage();
  const log = { errors: [], warnings: [], dataErrors: 0 };
  p.on('pageerror', (e) => log.errors.push(String(e)));
  p.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
    if (m.type() === 'warning') log.warnings.push(m.text());
  });
  await p.route(`${base}/assets/lettilbud/*`, (r) => {
    const file = new URL(r.request().url()).pathname.split('/').pop();
    const pkg = file.replace(/\.standalone.*$/, '');
    r.fulfill({
      contentType: 'text/javascript',
      body: readFileSync(join(root, 'packages', pkg, 'dist', file)),
    });
  });
  await p.route(`${base}/snippet.html`, (r) =>
    r.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="da"><head><title>Snippet</title></head><body><script>document.addEventListener('lt-data-error', () => window.__dataErrors = (window.__dataErrors ?? 0) + 1, true)</script>${body}</body></html>`,
    }),
  );
  await p.goto(`${base}/snippet.html`);
  return { p, log };
}
await check('the referral snippet renders its first step (README "Use it")', async () => {
  const { p, log } = await snippetPage(
    `<script type="module" src="/assets/lettilbud/referral-widget.standalone.js"></script>\n<lt-referral-widget></lt-referral-widget>`,
  );
  await p.getByLabel('Jeg er forælder eller har forældremyndighed').waitFor();
  // The bare snippet has nothing to send to: it says so at load, to the host developer in the
  // console and to the family on the first step, instead of failing after eight steps.
  await p.getByText('Formularen kan ikke sende endnu.').waitFor({ timeout: 5_000 });
  const wiring = log.warnings.filter((w) => w.includes('nothing answers lt-referral-submit'));
  assert(wiring.length === 1, `expected one wiring warning, got ${wiring.length}`);
  assert(log.errors.length === 0, log.errors.join('\n'));
  await p.close();
});
await check(
  'the referral snippet with an endpoint is wired: no notice, no warning (package README)',
  async () => {
    const { p, log } = await snippetPage(
      `<script type="module" src="/assets/lettilbud/referral-widget.standalone.js"></script>\n<lt-referral-widget endpoint="/api/referrals"></lt-referral-widget>`,
    );
    await p.getByLabel('Jeg er forælder eller har forældremyndighed').waitFor();
    await p.waitForTimeout(1_000);
    assert((await p.getByText('Formularen kan ikke sende endnu.').count()) === 0, 'notice shown');
    assert(!log.warnings.some((w) => w.includes('nothing answers')), 'wiring warning');
    assert(log.errors.length === 0, log.errors.join('\n'));
    await p.close();
  },
);
await check('the SDQ snippet renders (README "Use it")', async () => {
  const { p, log } = await snippetPage(
    `<script type="module" src="/assets/lettilbud/sdq-form.standalone.js"></script>\n<lt-sdq-form></lt-sdq-form>`,
  );
  await p.waitForFunction(
    () => document.querySelector('lt-sdq-form')?.shadowRoot?.childElementCount > 0,
  );
  await p.waitForTimeout(1500);
  const notSetUp = await p.getByText('Skemaet er ikke klar endnu').count();
  const dataErrors = await p.evaluate(() => window.__dataErrors ?? 0);
  console.log(
    `    note: with no questionnaire the SDQ ${notSetUp ? 'shows "not set up"' : 'does NOT show "not set up"'} and ${dataErrors ? 'fires' : 'does NOT fire'} lt-data-error`,
  );
  assert(log.errors.length === 0, log.errors.join('\n'));
  await p.close();
});

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
// The standalone entry holds the element and the code its chunks share, so the chunks import
// the entry by its file name. A CMS that adds a cache buster (?v=7) or a CDN that redirects
// must still give one copy on the page: the element that is defined is the one the chunks use.
console.log('e2e: a standalone bundle loaded under another URL still runs as one copy');
for (const [how, src] of [
  ['a cache-busting query', '/packages/sdq-form/dist/sdq-form.standalone.js?v=7'],
  ['a redirect', '/cdn/sdq-form.standalone.js'],
]) {
  await check(`sdq-form.standalone.js through ${how}: one copy, its chunks work`, async () => {
    const p = await browser.newPage();
    const errs = [];
    p.on('pageerror', (e) => errs.push(String(e)));
    await p.route(`${base}/cdn/sdq-form.standalone.js`, (route) =>
      route.fulfill({
        status: 302,
        headers: { location: '/packages/sdq-form/dist/sdq-form.standalone.js' },
      }),
    );
    await p.route(`${base}/busted.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="da"><body><lt-sdq-form layout="list" draft-key="e2e" subject="Patient/e2e"></lt-sdq-form>
<script type="module">document.querySelector('lt-sdq-form').questionnaire = ${JSON.stringify(questionnaire)};</script>
<script type="module" src="${src}"></script></body></html>`,
      }),
    );
    await p.goto(`${base}/busted.html`);
    await p.waitForFunction(
      () =>
        document.querySelector('lt-sdq-form').shadowRoot?.querySelectorAll('fieldset').length >= 25,
      null,
      { timeout: 10_000 },
    );
    const same = await p.evaluate(
      async () =>
        (await import('/packages/sdq-form/dist/sdq-form.standalone.js')).LtSdqForm ===
        customElements.get('lt-sdq-form'),
    );
    assert(same, 'the defined element is not the copy its chunks import');
    // The draft store is a chunk that imports the entry: an answer is kept through it.
    await answerThird(p);
    await p.waitForFunction(
      () => Object.keys(sessionStorage).some((k) => k.includes('e2e')),
      null,
      {
        timeout: 10_000,
      },
    );
    assert(errs.length === 0, errs.join('\n'));
    await p.close();
  });
}

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
