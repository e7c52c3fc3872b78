// The real-use bench (issue 17): each widget's standalone bundle with the host's own data, as a
// host gives it (a property set before the element is attached, and a `src` URL), beside a
// minimal hand-written Lit element showing the same first screen from the same data and a
// plain HTML page, in the same run, cold loads (a fresh browser context each), on two
// profiles: unthrottled, and a phone (4× CPU slowdown, 150 ms round trip, 1.6 Mbps down).
// It prints per widget: time to usable, JavaScript (gzip, as served) fetched before usable,
// sequential round trips after the page's own script tag, the ratios to the two baselines,
// and where the bytes and the milliseconds of a median load went. A benchmark: it prints
// figures against the issue's budgets and never fails on them.
//
//   node scripts/bench/real-use.mjs [--runs=9] [--only=sdq-form] [--profile=phone]
// (`pnpm bench` runs it after the other figures; it needs the packages built.)
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const here = join(root, 'scripts/bench/real-use');

export const PROFILES = {
  unthrottled: null,
  // A mid-range phone on a slow mobile network (Lighthouse's "slow 4G"-like figures).
  phone: { cpu: 4, latency: 150, down: 1_600_000 / 8, up: 750_000 / 8 },
};

/** What "usable" means per widget, and its budgets (phone profile, with host data). */
export const WIDGETS = {
  'sdq-form': {
    tag: 'lt-sdq-form',
    baseline: ['bench-sdq', 'BenchSdq'],
    property: 'questionnaire',
    data: 'questionnaire',
    attributes: { subject: 'Patient/bench', storage: 'none' },
    usable: 'the first item answerable (its radio buttons there)',
    budget: 20_000,
  },
  'referral-widget': {
    tag: 'lt-referral-widget',
    baseline: ['bench-referral', 'BenchReferral'],
    property: 'offerPhone',
    data: 'phone',
    src: false,
    attributes: { endpoint: '/api/referrals', storage: 'none' },
    usable: 'the first step answerable ("Hvem er du?" and its radio buttons)',
    budget: 20_000,
  },
  'offer-finder': {
    tag: 'lt-offer-finder',
    baseline: ['bench-finder', 'BenchFinder'],
    property: 'directory',
    data: 'feed',
    attributes: {},
    usable:
      'the search field answering: focused and "Køb" typed the moment it is there, København chosen, the host\'s offer shown',
    budget: 24_000,
  },
  'journal-panel': {
    tag: 'lt-journal-panel',
    baseline: ['bench-journal', 'BenchJournal'],
    property: 'case',
    data: 'case',
    attributes: {},
    usable: 'the case\'s clocks shown ("Screening inden 30 dage")',
    budget: 24_000,
  },
};

const OFFER_NAME = 'Lettilbud i Demoby Kommune (demo)';

/**
 * The in-page probe, a classic script at the top of every page: polls each frame (cheap
 * queries, no layout) until the widget, the baseline or the plain page is usable, and
 * resolves `window.__usable` with the time since navigation start.
 */
const probe = (widget, tag) => `
window.__usable = new Promise(function (resolve) {
  var tag = ${JSON.stringify(tag)}, widget = ${JSON.stringify(widget)}, step = 0;
  function root() { var el = tag && document.querySelector(tag); return tag ? el && el.shadowRoot : document.body; }
  function text(r) { return r.textContent || ''; }
  function ready(r) {
    if (widget === 'sdq-form') return r.querySelector('input[type=radio]');
    if (widget === 'referral-widget') return r.querySelector('input[type=radio]') && text(r).indexOf('Hvem er du?') >= 0;
    if (widget === 'journal-panel') return text(r).indexOf('Screening inden 30 dage') >= 0;
    if (!tag) return text(r).indexOf(${JSON.stringify(OFFER_NAME)}) >= 0;
    if (step === 0) {
      var input = r.querySelector('input[role=combobox]');
      if (!input) return false;
      input.focus();
      input.value = 'Køb';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      step = 1;
      return false;
    }
    if (step === 1) {
      var option = r.querySelector('[role=option]');
      if (!option) return false;
      option.click();
      step = 2;
      return false;
    }
    return text(r).indexOf(${JSON.stringify(OFFER_NAME)}) >= 0;
  }
  function check() { var r = root(); if (r && ready(r)) resolve(performance.now()); else requestAnimationFrame(check); }
  requestAnimationFrame(check);
});`;

const esc = (json) => json.replace(/</g, '\\u003c');
const attrs = (a) =>
  Object.entries(a)
    .map(([k, v]) => ` ${k}="${v}"`)
    .join('');

/** The plain HTML page: the same first screen as static markup, no script, no CSS. */
function plainBody(widget, data) {
  const e = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  if (widget === 'sdq-form') {
    const item = data.questionnaire.item[0];
    return `<form><p>Spørgsmål 1 af ${data.questionnaire.item.length}</p><fieldset><legend>${e(item.text)}</legend>${item.answerOption.map((o) => `<label><input type="radio" name="${e(item.linkId)}">${e(o.valueString)}</label>`).join('')}</fieldset><button>Næste</button></form>`;
  }
  if (widget === 'referral-widget')
    return `<form><p>Trin 1 af 8</p><h2>Hvem skriver?</h2><fieldset><legend>Hvem er du?</legend>${['Jeg er den unge, det handler om', 'Jeg er forælder', 'Jeg er plejeforælder', 'Jeg arbejder med barnet'].map((t) => `<label><input type="radio" name="writer">${t}</label>`).join('')}</fieldset><label>Dit navn (valgfrit) <input></label><button>Næste</button><p>Vil du hellere ringe? ${e(data.phone.number)}</p></form>`;
  if (widget === 'offer-finder')
    return `<h2>Find hjælp til børn og unge i din kommune</h2><label>Kommune eller postnummer <input></label>${data.feed.offers.map((o) => `<h3>${e(o.name)}</h3><p>${e(o.phone?.number ?? '')}</p>`).join('')}`;
  return `<h2>${e(data.case.child.name)}</h2><h3>Ventetid</h3><ul><li>Forsamtale inden 14 dage</li><li>Screening inden 30 dage</li></ul>`;
}

function page({ widget, kind, data, scriptUrl }) {
  const w = WIDGETS[widget];
  const [baseTag] = w.baseline;
  const tag = kind.startsWith('widget') ? w.tag : kind.startsWith('lit') ? baseTag : null;
  const prop = kind.startsWith('widget') ? w.property : 'data';
  const extra = kind.startsWith('widget') ? w.attributes : {};
  let body;
  if (!tag) body = plainBody(widget, data);
  else if (kind.endsWith('src'))
    body = `<${tag} src="/data/${w.data}.json"${attrs(extra)}></${tag}>`;
  else
    body =
      `<script type="application/json" id="host-data">${esc(JSON.stringify(data[w.data]))}</script>` +
      `<script type="module">const el = document.createElement(${JSON.stringify(tag)});` +
      `el[${JSON.stringify(prop)}] = JSON.parse(document.getElementById('host-data').textContent);` +
      Object.entries(extra)
        .map(([k, v]) => `el.setAttribute(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
        .join('') +
      `document.body.append(el);</script>`;
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>real-use bench</title><script>${probe(widget, tag)}</script>${scriptUrl ? `<script type="module" src="${scriptUrl}"></script>` : ''}</head><body>${body}</body></html>`;
}

/** The host's data, made by the repo's own demo and placeholder modules, in a browser. */
export async function hostData(browser) {
  const bundle = await build({
    stdin: {
      contents: `export { placeholderQuestionnaire } from './packages/sdq-form/src/demo/placeholder-questionnaire.ts'; export { demoDirectory, demoCase } from './shell/src/mocks/demo-data.ts';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    // Split, so a module the contract also imports on demand is not wrapped lazily (esbuild
    // would then hand out its constants before they are set).
    splitting: true,
    outdir: '/data',
    write: false,
    conditions: ['development', 'browser'],
    tsconfigRaw: {
      compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false },
    },
    logLevel: 'error',
  });
  const server = serve(
    new Map(
      bundle.outputFiles.map((o) => [
        o.path.replace(/^.*\/data\//, '/data/'),
        file(o.contents, 'text/javascript'),
      ]),
    ),
  );
  const p = await browser.newPage();
  await p.goto(`${await server.url}/`);
  const data = await p.evaluate(async () => {
    const m = await import('/data/stdin.js');
    const feed = m.demoDirectory;
    return {
      questionnaire: m.placeholderQuestionnaire(),
      feed,
      case: m.demoCase(),
      phone: feed.offers[0].phone,
    };
  });
  await p.close();
  server.close();
  return data;
}

const file = (body, type) => {
  const buf = Buffer.from(body);
  return { type, raw: buf.length, gz: gzipSync(buf, { level: 9 }) };
};

/** A static server: gzip on the wire (Resource Timing's encodedBodySize is the gzip size), no caching. */
function serve(files) {
  const server = createServer((req, res) => {
    const f = files.get(new URL(req.url, 'http://x').pathname);
    if (!f) {
      res.writeHead(f === undefined && req.url === '/' ? 200 : 404, {
        'content-type': 'text/html',
      });
      return res.end('<!doctype html><title>bench</title>');
    }
    res.writeHead(200, {
      'content-type': f.type,
      'content-encoding': 'gzip',
      'cache-control': 'no-store',
    });
    res.end(f.gz);
  });
  const url = new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => ok(`http://127.0.0.1:${server.address().port}`)),
  );
  return { url, close: () => server.close() };
}

/** One cold load: a new context (no cache), the profile applied, then the probe's answer. */
async function load(browser, url, profile, { cpuProfile = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latency,
      downloadThroughput: profile.down,
      uploadThroughput: profile.up,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  }
  if (cpuProfile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await cdp.send('Performance.enable');
  }
  await p.goto(url, { waitUntil: 'commit' });
  const result = await p.evaluate(() =>
    Promise.race([
      window.__usable,
      new Promise((_, no) => setTimeout(() => no(new Error('not usable in 30 s')), 30_000)),
    ]).then((usable) => {
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        usable,
        document: { start: 0, end: nav.responseEnd },
        resources: performance.getEntriesByType('resource').map((r) => ({
          name: new URL(r.name).pathname,
          start: r.startTime,
          end: r.responseEnd,
          bytes: r.encodedBodySize,
        })),
      };
    }),
  );
  if (cpuProfile) {
    result.cpu = selfTimes((await cdp.send('Profiler.stop')).profile);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value * 1000]));
    result.phases = [
      ['script', m.ScriptDuration],
      ['style', m.RecalcStyleDuration],
      ['layout', m.LayoutDuration],
      ['all tasks', m.TaskDuration],
    ];
  }
  await context.close();
  return result;
}

/**
 * Main-thread time by where it was spent (a script file, or the browser's own work: parsing
 * and compiling, style and layout, garbage collection), from a sampled CPU profile.
 */
function selfTimes({ nodes, samples, timeDeltas }) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const totals = new Map();
  samples.forEach((id, i) => {
    const { url, functionName } = byId.get(id).callFrame;
    // A frame's url is a script's URL, or a name of Chromium's own ("v8/LoadTimes").
    const where = url
      ? (URL.canParse(url) ? new URL(url).pathname : url).split('/').pop()
      : functionName.startsWith('(')
        ? functionName
        : '(browser)';
    if (where === '(idle)') return;
    if (where.includes('standalone')) { const n=byId.get(id).callFrame; const k=`FN ${n.functionName}@${n.lineNumber}:${n.columnNumber}`; totals.set(k,(totals.get(k)??0)+(timeDeltas[i+1]??0)/1000); }
    totals.set(where, (totals.get(where) ?? 0) + (timeDeltas[i + 1] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/**
 * Sequential round trips before usable, after the page's own script tag: each request's depth
 * is one more than the deepest request that had finished when it started (the document is
 * depth 0, what its parser finds is 1); the page's own script is one of those.
 */
function roundTrips(run) {
  const done = [{ end: run.document.end, depth: 0 }];
  let deepest = 0;
  for (const r of [...run.resources].sort((a, b) => a.start - b.start)) {
    if (r.start > run.usable) break;
    const before = done.filter((d) => d.end <= r.start + 1);
    const depth = 1 + Math.max(0, ...before.map((d) => d.depth));
    // What the parser found while the document streamed in is depth 1, like the script tag.
    const d = r.start <= run.document.end ? 1 : depth;
    done.push({ end: r.end, depth: d });
    if (r.end <= run.usable) deepest = Math.max(deepest, d);
  }
  return Math.max(0, deepest - 1);
}

const jsBefore = (run) =>
  run.resources
    .filter((r) => r.name.endsWith('.js') && r.end <= run.usable)
    .reduce((n, r) => n + r.bytes, 0);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function realUse({ runs = 9, only, profiles = Object.keys(PROFILES), line, table }) {
  const files = new Map();
  const browser = await launchChromium();
  const data = await hostData(browser);
  for (const [name, value] of Object.entries(data))
    files.set(`/data/${name}.json`, file(JSON.stringify(value), 'application/json'));
  const widgets = Object.keys(WIDGETS).filter((w) => !only || w === only);
  for (const widget of widgets) {
    const dist = join(root, 'packages', widget, 'dist');
    if (!existsSync(join(dist, `${widget}.standalone.js`))) {
      line(`(${widget}: no standalone bundle; run pnpm build)`);
      continue;
    }
    const { readdirSync } = await import('node:fs');
    for (const f of readdirSync(dist).filter((f) => f.endsWith('.js')))
      files.set(`/w/${widget}/${f}`, file(readFileSync(join(dist, f)), 'text/javascript'));
    const [tag, cls] = WIDGETS[widget].baseline;
    const lit = await build({
      stdin: {
        contents: `import { ${cls} } from './baselines.ts'; customElements.define('${tag}', ${cls});`,
        resolveDir: here,
        loader: 'ts',
      },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      conditions: ['browser', 'production'],
      tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
      logLevel: 'error',
    });
    files.set(`/b/${tag}.js`, file(lit.outputFiles[0].contents, 'text/javascript'));
    const kinds = ['widget-prop', ...(WIDGETS[widget].src === false ? [] : ['widget-src'])];
    kinds.push(...kinds.map((k) => k.replace('widget', 'lit')), 'plain');
    for (const kind of kinds) {
      const scriptUrl = kind.startsWith('widget')
        ? `/w/${widget}/${widget}.standalone.js`
        : kind.startsWith('lit')
          ? `/b/${tag}.js`
          : null;
      files.set(
        `/p/${widget}/${kind}.html`,
        file(page({ widget, kind, data, scriptUrl }), 'text/html'),
      );
    }
  }
  const server = serve(files);
  const base = await server.url;
  const gzOf = (name) => files.get(name)?.gz.length ?? 0;
  const verdicts = [];

  for (const widget of widgets) {
    const w = WIDGETS[widget];
    const kinds = [...files.keys()]
      .filter((k) => k.startsWith(`/p/${widget}/`))
      .map((k) => k.slice(`/p/${widget}/`.length, -'.html'.length));
    if (!kinds.length) continue;
    for (const profileName of profiles) {
      const profile = PROFILES[profileName];
      const results = {};
      // Interleaved, so a slow moment of the machine falls on every page alike.
      for (let i = 0; i < runs; i++)
        for (const kind of kinds)
          (results[kind] ??= []).push(
            await load(browser, `${base}/p/${widget}/${kind}.html`, profile),
          );
      const stat = (kind) => {
        const rs = results[kind];
        const usable = median(rs.map((r) => r.usable));
        return {
          usable,
          js: median(rs.map(jsBefore)),
          trips: median(rs.map(roundTrips)),
          median: rs.find((r) => r.usable === usable),
        };
      };
      const stats = Object.fromEntries(kinds.map((k) => [k, stat(k)]));
      line();
      line(`## ${widget}, with host data: ${profileName} (median of ${runs} cold loads)`);
      line(`usable = ${w.usable}`);
      table(
        kinds.map((k) => {
          const s = stats[k];
          const lit = stats[k.replace('widget', 'lit')];
          return [
            k,
            `${s.usable.toFixed(0)} ms`,
            `${(s.js / 1000).toFixed(1)} kB`,
            String(s.trips),
            k.startsWith('widget') ? `${(s.usable / lit.usable).toFixed(2)}×` : '—',
            k === 'plain' ? '—' : `${(s.usable / stats.plain.usable).toFixed(2)}×`,
          ];
        }),
        [
          'page',
          'time to usable',
          'JS gz before usable',
          'round trips',
          '× minimal Lit',
          '× plain HTML',
        ],
      );
      if (profileName === 'phone')
        for (const k of kinds.filter((k) => k.startsWith('widget'))) {
          const s = stats[k];
          const ratio = s.usable / stats[k.replace('widget', 'lit')].usable;
          verdicts.push([
            `${widget} (${k === 'widget-src' ? 'src' : 'property'})`,
            `${ratio.toFixed(2)}× ${ratio <= 1.5 ? 'ok' : 'OVER'} (≤ 1.5×)`,
            `${(s.js / 1000).toFixed(1)} kB ${s.js <= w.budget ? 'ok' : 'OVER'} (≤ ${w.budget / 1000} kB)`,
            `${s.trips} ${s.trips <= 2 ? 'ok' : 'OVER'} (≤ 2)`,
          ]);
        }
      // Where the bytes and the milliseconds of the median widget load went.
      for (const k of kinds.filter((k) => k.startsWith('widget'))) {
        const run = stats[k].median;
        line();
        line(`${k}, median load: where the bytes and the milliseconds go`);
        const rows = [
          [
            '(document)',
            '0',
            `${run.document.end.toFixed(0)}`,
            `${(gzOf(`/p/${widget}/${k}.html`) / 1000).toFixed(1)} kB`,
          ],
        ];
        for (const r of [...run.resources].sort((a, b) => a.start - b.start))
          rows.push([
            r.name.replace(`/w/${widget}/`, ''),
            r.start.toFixed(0),
            r.end.toFixed(0),
            `${(r.bytes / 1000).toFixed(1)} kB${r.end > run.usable ? ' (after usable)' : ''}`,
          ]);
        const lastByte = Math.max(
          run.document.end,
          ...run.resources.filter((r) => r.end <= run.usable).map((r) => r.end),
        );
        rows.push([
          '(usable)',
          '',
          run.usable.toFixed(0),
          `${(run.usable - lastByte).toFixed(0)} ms of script and rendering after the last byte it needed`,
        ]);
        table(rows, ['request', 'start ms', 'end ms', 'gzip']);
        if (profileName === 'phone') {
          const profiled = await load(browser, `${base}/p/${widget}/${k}.html`, profile, {
            cpuProfile: true,
          });
          line(
            `main thread until a little after usable, one more profiled load (${profiled.usable.toFixed(0)} ms): ` +
              profiled.cpu
                .slice(0, 30)
                .map(([where, ms]) => `${where.replace(`${widget}.`, '')} ${ms.toFixed(0)} ms`)
                .join(', ') +
              '; by kind: ' +
              profiled.phases.map(([k, ms]) => `${k} ${ms.toFixed(0)} ms`).join(', '),
          );
        }
      }
    }
  }
  if (verdicts.length) {
    line();
    line('## real use, phone profile: budgets (issue 17)');
    table(verdicts, [
      'widget (host data via)',
      'time to usable vs minimal Lit',
      'JS gz before usable',
      'sequential round trips',
    ]);
  }
  server.close();
  await browser.close();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
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
  await realUse({
    runs: Number(arg('runs') ?? 9),
    only: arg('only'),
    profiles: arg('profile') ? [arg('profile')] : undefined,
    line,
    table,
  });
}
