// The Lighthouse bench (issue 15, "Measured"): the BUILT demo site (shell/dist, after
// `pnpm build`) served from a local static server, and Lighthouse (the npm package) run on
// every shell route in Debian's Chromium, one route after the other. Lighthouse's default
// configuration: the mobile preset (form factor mobile, a Moto G Power-sized screen) with its
// default simulated throttling ("slow 4G": 150 ms round trip, 1.6 Mbps down, 4× CPU
// slowdown, computed by Lantern from an unthrottled load), categories performance and
// accessibility. Each run is a first visit: Lighthouse clears the origin's storage, caches and
// service workers, so msw's worker installs anew each time, as on a family's first visit.
//
// It prints per route: the two scores, FCP, LCP, TBT, CLS, the JavaScript transferred (gzip,
// counted by the server, msw's mockServiceWorker.js included), OK/OVER against performance
// ≥ 95 and accessibility 100, the failing accessibility audits and, below 95, where the
// main-thread time went and the top performance insights. Before the scores count, it checks
// that the page Lighthouse measured shows the route's widget (the DOM after the run, and the
// LCP element). A benchmark: it prints figures and never fails on them.
//
//   node scripts/bench/lighthouse.mjs [--only=kommune] [--runs=1] [--save=DIR]
// --runs=N: N loads per route, Lighthouse's median run shown with the scores' range beside it
// (accessibility: the lowest of the N). --save: each route's report (JSON) and the page as
// measured (PNG) into DIR. `pnpm bench` runs it last (--no-lighthouse skips it).
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'shell', 'dist');

export const TARGETS = { performance: 95, accessibility: 100 };

/**
 * Every shell route (shell/src/apps.ts, shell/index.html's nav, shell/test/e2e.mjs), with what
 * shows that the route's widget is there: checked in the page Lighthouse measured, after the
 * run. `widget` is the custom element whose shadow root must hold content.
 */
export const ROUTES = [
  { hash: '#/', shows: 'the home page', selector: '#route-home:not([hidden]) h1' },
  { hash: '#/kommune', shows: 'the municipal finder', widget: 'lt-offer-finder' },
  { hash: '#/kontakt', shows: 'the referral form', widget: 'lt-referral-widget' },
  { hash: '#/skole', shows: 'the referral form, professional mode', widget: 'lt-referral-widget' },
  { hash: '#/portal', shows: 'the national finder', widget: 'lt-offer-finder' },
  { hash: '#/sdq?sag=demo-1', shows: 'the SDQ form for a case', widget: 'lt-sdq-form' },
  { hash: '#/fagsystem', shows: 'the case list', selector: '#fagsystem-host ol.cases li' },
  {
    hash: '#/fagsystem?sag=demo-1',
    shows: 'a case open beside its journal panel',
    selector: '#case-heading',
    widget: 'lt-journal-panel',
  },
  { hash: '#/ledelse', shows: "the leaders' overview", widget: 'lt-offer-overview' },
  { hash: '#/redaktion', shows: "the web team's feed editor", selector: '#feed-editor-host label' },
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/**
 * Serves shell/dist as a production static host would: gzip for text (when the browser asks),
 * index.html at /. No cache headers: Lighthouse measures a first visit either way.
 */
async function serve() {
  const gzipped = new Map();
  // JavaScript as served (bytes on the wire, files), counted here: what msw's service worker
  // fetches on the page's behalf shows in Lighthouse's records with no transfer size.
  const js = { bytes: 0, files: 0 };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = join(dist, normalize(path === '/' ? '/index.html' : path));
    if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const body = readFileSync(file);
    const headers = { 'Content-Type': type };
    const count = (buf) => {
      if (extname(file) === '.js') {
        js.bytes += buf.length;
        js.files++;
      }
      return buf;
    };
    if (
      type !== 'application/octet-stream' &&
      /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
    ) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
      res.writeHead(200, headers).end(count(gzipped.get(file)));
      return;
    }
    res.writeHead(200, headers).end(count(body));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, js, base: `http://127.0.0.1:${server.address().port}` };
}

/** Whether the page shows the route's widget (runs in the page). */
function shown({ selector, widget }) {
  const el = selector ? document.querySelector(selector) : true;
  const w = widget ? document.querySelector(widget) : true;
  const inner = widget ? (w?.shadowRoot?.textContent ?? '').trim() : 'x';
  return Boolean(el) && Boolean(w) && inner.length > 0 ? inner.slice(0, 60) : null;
}

const ms = (n) => (n === undefined ? '—' : `${Math.round(n)} ms`);
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

/** The LCP element's snippet, from the LCP breakdown insight (or the older audit). */
function lcpElement(lhr) {
  const audit =
    lhr.audits['lcp-breakdown-insight'] ?? lhr.audits['largest-contentful-paint-element'];
  const found = [];
  const walk = (d) => {
    if (!d || typeof d !== 'object') return;
    if (d.type === 'node' && (d.snippet || d.selector)) found.push(d);
    for (const v of Object.values(d)) walk(v);
  };
  walk(audit?.details);
  const n = found[0];
  return n ? `${n.selector ?? ''} ${n.snippet ?? ''}`.trim().slice(0, 90) : 'none reported';
}

/** The failing accessibility audits (weighted, score 0). */
function a11yFailures(lhr) {
  return lhr.categories.accessibility.auditRefs
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
    .map((a) => `${a.id}: ${a.title}`);
}

/** The performance category's insights and diagnostics that fail, biggest savings first. */
function topInsights(lhr, n = 5) {
  return lhr.categories.performance.auditRefs
    .filter((ref) => ref.group !== 'metrics')
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a && a.score !== null && a.score < 0.9)
    .map((a) => {
      const s = a.metricSavings ?? {};
      const saving = (s.LCP ?? 0) + (s.FCP ?? 0) + (s.TBT ?? 0);
      return { a, saving };
    })
    .sort((x, y) => y.saving - x.saving)
    .slice(0, n)
    .map(
      ({ a, saving }) =>
        `${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}${saving ? `, saves ~${Math.round(saving)} ms` : ''}`,
    );
}

/** Where the main thread's script time went (Lighthouse's bootup-time): shell, widgets, Lit. */
function bootupByPart(lhr) {
  const parts = {};
  for (const item of lhr.audits['bootup-time']?.details?.items ?? []) {
    const path = /^https?:/.test(item.url) ? new URL(item.url).pathname : '';
    const part = path.startsWith('/apps/')
      ? `widget ${path.split('/')[2]}`
      : path.startsWith('/shared/lit/')
        ? 'Lit'
        : path.startsWith('/shell')
          ? 'shell (msw demo backend, hosts)'
          : path === '/'
            ? 'the page (HTML, style, layout)'
            : 'unattributable';
    parts[part] = (parts[part] ?? 0) + item.total;
  }
  return Object.entries(parts)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${Math.round(v)} ms`)
    .join(', ');
}

/**
 * Runs Lighthouse on every shell route, sequentially, and prints the figures through `line`
 * and `table` (bench.mjs's helpers). `only` filters the routes by a substring of the hash.
 * Returns the rows, for callers that want them.
 */
export async function lighthouse({ line, table, only, save, runs = 1 } = {}) {
  if (!existsSync(join(dist, 'index.html'))) {
    line();
    line('## Lighthouse: skipped, shell/dist is not built (pnpm build)');
    return [];
  }
  const [{ default: run }, { computeMedianRun }, { default: puppeteer }] = await Promise.all([
    import('lighthouse'),
    import('lighthouse/core/lib/median-run.js'),
    import('puppeteer'),
  ]);
  // `only`: a part of a route (kommune) or a package (bench.mjs's --only=sdq-form).
  const routes = ROUTES.filter((r) => !only || r.hash.includes(only) || r.widget === `lt-${only}`);
  if (!routes.length) return [];
  const { server, js, base } = await serve();
  // Debian's Chromium, never a downloaded one; Lighthouse drives it over the DevTools protocol.
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    defaultViewport: null,
  });
  const results = [];
  try {
    for (const route of routes) {
      const url = `${base}/${route.hash}`;
      const measured = [];
      for (let i = 0; i < runs; i++) {
        const page = await browser.newPage();
        js.bytes = 0;
        js.files = 0;
        const runnerResult = await run(
          url,
          { output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
          undefined,
          page,
        );
        // Lighthouse leaves the page as it measured it: the route's widget must be there.
        const shows = await page
          .waitForFunction(shown, { timeout: 10_000 }, route)
          .then((h) => h.jsonValue())
          .catch(() => null);
        if (save) {
          // The page as Lighthouse left it (PNG) and the full report (JSON), per route.
          mkdirSync(save, { recursive: true });
          const name = route.hash.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
          const suffix = runs > 1 ? `-${i + 1}` : '';
          await page.screenshot({ path: join(save, `${name}${suffix}.png`), fullPage: true });
          writeFileSync(join(save, `${name}${suffix}.json`), runnerResult.report);
        }
        await page.close();
        measured.push({ lhr: runnerResult.lhr, shows, js: { ...js } });
      }
      // Several runs: Lighthouse's own median run (by FCP and TTI), as its docs advise.
      const median = runs > 1 ? computeMedianRun(measured.map((m) => m.lhr)) : measured[0].lhr;
      const { lhr, js: served } = measured.find((m) => m.lhr === median);
      results.push({
        route,
        lhr,
        shows: measured.every((m) => m.shows) ? measured[0].shows : null,
        performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
        accessibility: Math.min(
          ...measured.map((m) => Math.round((m.lhr.categories.accessibility.score ?? 0) * 100)),
        ),
        performanceRange: measured.map((m) =>
          Math.round((m.lhr.categories.performance.score ?? 0) * 100),
        ),
        js: served.bytes,
        jsFiles: served.files,
        benchmarkIndex: measured.map((m) => Math.round(m.lhr.environment.benchmarkIndex)),
        runtimeError: lhr.runtimeError?.message,
      });
    }
  } finally {
    await browser.close();
    server.close();
  }

  const first = results[0].lhr;
  const s = first.configSettings;
  const t = s.throttling;
  line();
  line(
    `## Lighthouse ${first.lighthouseVersion}: every shell route, built (shell/dist), first visit${runs > 1 ? `, median of ${runs} runs` : ''}`,
  );
  line(
    `Preset: Lighthouse's default (${s.formFactor}, ${s.screenEmulation.width}×${s.screenEmulation.height} @${s.screenEmulation.deviceScaleFactor}x), ` +
      `throttling "${s.throttlingMethod}" (${t.rttMs} ms RTT, ${Math.round(t.throughputKbps)} kbps down, ${t.cpuSlowdownMultiplier}× CPU), ` +
      `${first.environment.hostUserAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? 'Chromium'} at ${CHROMIUM}; ` +
      `this machine's benchmark index ${Math.round(first.environment.benchmarkIndex)}. ` +
      `Served with gzip. Targets: performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}.`,
  );
  // Lighthouse's own threshold (core/gather/driver/environment.js, docs/throttling.md): below
  // it the host is slower than the desktop the 4× CPU slowdown assumes, and TBT is overstated.
  const slowest = Math.min(...results.map((r) => r.lhr.environment.benchmarkIndex));
  if (slowest < 1000)
    line(
      `Warning: this host's benchmark index fell to ${Math.round(slowest)} (below Lighthouse's 1000): the simulated 4× CPU slowdown stacks on a slow or busy CPU, so TBT and the performance score are pessimistic. Run it on an idle machine before judging performance.`,
    );
  const ok = (v, min) => (v >= min ? 'OK' : 'OVER');
  const m = (lhr, id) => lhr.audits[id]?.numericValue;
  table(
    results.map((r) => [
      r.route.hash,
      `${r.performance} ${ok(r.performance, TARGETS.performance)}${runs > 1 ? ` (${Math.min(...r.performanceRange)}-${Math.max(...r.performanceRange)})` : ''}`,
      `${r.accessibility} ${ok(r.accessibility, TARGETS.accessibility)}`,
      ms(m(r.lhr, 'first-contentful-paint')),
      ms(m(r.lhr, 'largest-contentful-paint')),
      ms(m(r.lhr, 'total-blocking-time')),
      (m(r.lhr, 'cumulative-layout-shift') ?? 0).toFixed(3),
      `${kB(r.js)} (${r.jsFiles} files)`,
      r.shows ? 'yes' : 'NO',
    ]),
    [
      'route',
      'performance',
      'accessibility',
      'FCP',
      'LCP',
      'TBT',
      'CLS',
      'JS transferred',
      'widget shown',
    ],
  );
  for (const r of results) {
    const notes = [];
    if (r.runtimeError) notes.push(`Lighthouse error: ${r.runtimeError}`);
    if (!r.shows) notes.push(`NOT measured on its widget: ${r.route.shows} was not in the page`);
    notes.push(`LCP element: ${lcpElement(r.lhr)}`);
    // How busy the host was during this route's runs: TBT scales with a busy CPU.
    notes.push(`host benchmark index ${r.benchmarkIndex.join('/')}`);
    if (r.accessibility < TARGETS.accessibility)
      for (const f of a11yFailures(r.lhr)) notes.push(`accessibility fails ${f}`);
    if (r.performance < TARGETS.performance)
      notes.push(
        `main-thread time, simulated (bootup-time): ${bootupByPart(r.lhr)}`,
        ...topInsights(r.lhr).map((f) => `performance: ${f}`),
      );
    line(`- ${r.route.hash} (${r.route.shows}): ${notes.join('; ')}`);
  }
  return results;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const pad = (s, n) => String(s).padEnd(n);
  const line = (s = '') => console.log(s);
  const table = (rows, headers) => {
    const widths = headers.map((h, i) =>
      Math.max(h.length, ...rows.map((r) => String(r[i]).length)),
    );
    line('| ' + headers.map((h, i) => pad(h, widths[i])).join(' | ') + ' |');
    line('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
    for (const r of rows) line('| ' + r.map((c, i) => pad(c, widths[i])).join(' | ') + ' |');
  };
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  const save = process.argv.find((a) => a.startsWith('--save='))?.slice(7);
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 1);
  await lighthouse({ line, table, only, save, runs });
}
