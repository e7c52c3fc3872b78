#!/usr/bin/env node
// Runs this package's bench alone in headless Chromium, as scripts/bench.mjs does for every
// package: `node packages/offer-overview/bench/run.mjs`.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../../scripts/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const file = join(here, 'offer-overview.bench.ts');
const result = await build({
  stdin: {
    contents: `import { bench } from ${JSON.stringify(file)}; window.__ltBench = bench;`,
    resolveDir: here,
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
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
await page.setContent(
  '<!doctype html><html lang="da"><head><meta charset="utf-8"></head><body></body></html>',
);
await page.addScriptTag({ content: result.outputFiles[0].text, type: 'module' });
await page.waitForFunction(() => typeof window.__ltBench === 'function');
const rows = await page.evaluate(() => window.__ltBench());
await browser.close();
for (const r of rows)
  console.log(
    `${r.name}: ${r.value.toFixed(1)} ${r.unit}${r.budget ? ` (budget ${r.budget} ${r.unit}, ${r.value <= r.budget ? 'ok' : 'OVER'})` : ''}`,
  );
