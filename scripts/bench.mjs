#!/usr/bin/env node
// `pnpm bench`: builds everything, then prints per package the shipped JS (raw and gzip)
// with Lit shared and standalone, every extra chunk separately, and the timings each
// package's bench/<pkg>.bench.ts reports from headless Chromium. A benchmark, not a test:
// it prints figures against budgets and never fails on them.
import { build } from 'esbuild';
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const skipBuild = process.argv.includes('--no-build');

// Budgets from the issues (gzip bytes, Lit shared / standalone).
const BUDGETS = {
  'offer-finder': [14_000, 22_000],
  'referral-widget': [18_000, 26_000],
  'sdq-form': [10_000, 16_000],
  'journal-panel': [20_000, 28_000],
};

if (!skipBuild)
  execSync('pnpm -r --workspace-concurrency=1 run build', {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const pad = (s, n) => String(s).padEnd(n);
const out = [];
const line = (s = '') => out.push(s) && console.log(s);

function table(rows, headers) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  line('| ' + headers.map((h, i) => pad(h, widths[i])).join(' | ') + ' |');
  line('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of rows) line('| ' + r.map((c, i) => pad(c, widths[i])).join(' | ') + ' |');
}

line(
  `# pnpm bench — ${new Date().toISOString()} — Node ${process.version}, ${(await import('node:os')).cpus().length} cores`,
);
line();
line('CSS ships inside the JS (Lit constructable stylesheets), so the JS figures include it.');

// Sizes.
for (const pkg of Object.keys(BUDGETS)) {
  const dist = join(root, 'packages', pkg, 'dist');
  if (!existsSync(dist)) continue;
  const rows = [];
  const [sharedBudget, standaloneBudget] = BUDGETS[pkg];
  for (const file of readdirSync(dist)
    .filter((f) => f.endsWith('.js'))
    .sort()) {
    const buf = readFileSync(join(dist, file));
    const standalone = file.includes('.standalone');
    const main = file === 'index.js' || file === `${pkg}.standalone.js`;
    const budget = main ? (standalone ? standaloneBudget : sharedBudget) : null;
    const kind = main
      ? standalone
        ? 'element, standalone (Lit bundled)'
        : 'element, Lit shared'
      : `extra chunk (${standalone ? 'standalone' : 'Lit shared'}), loaded on demand`;
    rows.push([
      file,
      kind,
      kB(buf.length),
      kB(gz(buf)),
      budget ? `${kB(budget)} ${gz(buf) <= budget ? 'ok' : 'OVER'}` : '—',
    ]);
  }
  line();
  line(`## ${pkg}: size`);
  table(rows, ['file', 'what', 'raw', 'gzip', 'gzip budget']);
}

// Validation cost: zod vs zod/mini for the same payload schema.
{
  const tmp = mkdtempSync(join(tmpdir(), 'lt-bench-'));
  const rows = [];
  for (const flavour of ['classic', 'mini']) {
    const file = join(tmp, `${flavour}.js`);
    await build({
      stdin: {
        contents: `import { Schema } from './zod-${flavour}.ts'; export const ok = (x) => Schema.safeParse(x).success;`,
        resolveDir: join(root, 'scripts/bench'),
        loader: 'ts',
      },
      bundle: true,
      minify: true,
      format: 'esm',
      outfile: file,
      logLevel: 'error',
    });
    const { ok } = await import(file);
    const payload = {
      contractVersion: '1.0.0',
      writer: { role: 'parent' },
      child: { name: 'Ida', birthDate: '2014-03-02', municipality: '101' },
      contact: { phone: '12 34 56 78' },
      concerns: ['worry'],
      safety: 'no',
      consents: { ppr: true, school: false },
      submittedAt: '2026-11-23T10:00:00+01:00',
    };
    const t0 = performance.now();
    const firstOk = ok(payload);
    const first = performance.now() - t0;
    const n = 2000;
    const t1 = performance.now();
    for (let i = 0; i < n; i++) ok(payload);
    const per = ((performance.now() - t1) / n) * 1000;
    rows.push([
      flavour === 'mini' ? 'zod/mini' : 'zod',
      kB(gz(readFileSync(file))),
      `${first.toFixed(2)} ms`,
      `${per.toFixed(1)} µs`,
      String(firstOk),
    ]);
  }
  rmSync(tmp, { recursive: true, force: true });
  line();
  line('## validation cost: the referral-shaped schema, bundled and minified alone (Node)');
  table(rows, ['library', 'gzip', 'first parse (incl. lazy init)', 'per parse', 'valid']);
}

// Timings, in headless Chromium.
const benches = Object.keys(BUDGETS)
  .map((pkg) => [pkg, join(root, 'packages', pkg, 'bench', `${pkg}.bench.ts`)])
  .filter(([, f]) => existsSync(f));
if (benches.length) {
  const browser = await launchChromium();
  for (const [pkg, file] of benches) {
    const result = await build({
      stdin: {
        contents: `import { bench } from ${JSON.stringify(file)}; window.__ltBench = bench;`,
        resolveDir: dirname(file),
        loader: 'ts',
      },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      conditions: ['browser', 'production'],
      define: { 'process.env.NODE_ENV': '"production"' },
      tsconfigRaw: {
        compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false },
      },
      logLevel: 'error',
    });
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.setContent(
      '<!doctype html><html lang="da"><head><meta charset="utf-8"></head><body></body></html>',
    );
    await page.addScriptTag({ content: result.outputFiles[0].text, type: 'module' });
    await page.waitForFunction(() => typeof window.__ltBench === 'function');
    const rows = await page.evaluate(() => window.__ltBench());
    await page.close();
    line();
    line(`## ${pkg}: timings (median, headless Chromium)`);
    table(
      rows.map((r) => [
        r.name,
        `${r.value.toFixed(2)} ${r.unit}`,
        r.budget ? `${r.budget} ${r.unit} ${r.value <= r.budget ? 'ok' : 'OVER'}` : '—',
      ]),
      ['measure', 'value', 'budget'],
    );
  }
  await browser.close();
}
