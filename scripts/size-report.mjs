#!/usr/bin/env node
// Where a widget's bytes come from: `node scripts/size-report.mjs packages/<pkg>/src/index.ts`
// bundles the entry like the Lit-shared build (minified, Lit external, code-split) and lists
// the raw bytes each source group contributes to what a first render loads (the entry and
// the chunks it imports statically), largest first; on-demand chunks are summed at the end.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const entry = process.argv[2];
if (!entry) {
  console.error('usage: node scripts/size-report.mjs packages/<pkg>/src/index.ts');
  process.exit(2);
}
const result = await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  metafile: true,
  splitting: true,
  outdir: '/tmp/lt-size-report',
  external: ['lit', 'lit/*', '@lit/*'],
  conditions: ['development', 'browser'],
  tsconfigRaw: {
    compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false },
  },
  logLevel: 'error',
});
const outputs = result.metafile.outputs;
const main = Object.keys(outputs).find((f) => outputs[f].entryPoint);
const initial = new Set();
const visit = (f) => {
  if (initial.has(f)) return;
  initial.add(f);
  for (const i of outputs[f].imports)
    if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
};
visit(main);
const bytes = (f) =>
  result.outputFiles.find((o) => o.path.endsWith(f.replace(/^.*\//, '/'))).contents;
let raw = 0;
let gzip = 0;
for (const f of initial) {
  raw += bytes(f).length;
  gzip += gzipSync(bytes(f), { level: 9 }).length;
}
console.log(`first render: ${raw} B raw, ${gzip} B gzip (${initial.size} file(s))`);
const groups = {};
for (const f of initial)
  for (const [file, { bytesInOutput }] of Object.entries(outputs[f].inputs)) {
    const key = file
      .replace(/.*node_modules\/([^/]+)\/.*/, '$1')
      .replace(/^packages\/contract\/src\/(.*)/, 'contract/$1')
      .replace(/^packages\/([^/]+)\/src\/(.*)/, '$1/$2');
    groups[key] = (groups[key] ?? 0) + bytesInOutput;
  }
for (const [key, n] of Object.entries(groups).sort((a, b) => b[1] - a[1]))
  if (n > 0) console.log(`${String(n).padStart(8)} B  ${key}`);
const lazy = Object.keys(outputs).filter((f) => !initial.has(f) && f.endsWith('.js'));
console.log(
  `on demand: ${lazy.length} chunk(s), ${lazy.reduce((n, f) => n + bytes(f).length, 0)} B raw`,
);
