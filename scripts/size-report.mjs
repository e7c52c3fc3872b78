#!/usr/bin/env node
// Where a widget's bytes come from: `node scripts/size-report.mjs packages/<pkg>/src/index.ts`
// bundles the entry like the Lit-shared build (minified, Lit external) and lists the raw
// bytes each source group contributes, largest first, with the total gzip size.
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
  splitting: false,
  external: ['lit', 'lit/*', '@lit/*'],
  conditions: ['development', 'browser'],
  tsconfigRaw: {
    compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false },
  },
  logLevel: 'error',
});
const output = Object.values(result.metafile.outputs)[0];
console.log(
  `total: ${result.outputFiles[0].contents.length} B raw, ${gzipSync(result.outputFiles[0].contents, { level: 9 }).length} B gzip`,
);
const groups = {};
for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
  const key = file
    .replace(/.*node_modules\/([^/]+)\/.*/, '$1')
    .replace(/^packages\/contract\/src\/([^/]+).*/, 'contract/$1')
    .replace(/^packages\/([^/]+)\/src\/([^/]+).*/, '$1/$2');
  groups[key] = (groups[key] ?? 0) + bytesInOutput;
}
for (const [key, bytes] of Object.entries(groups).sort((a, b) => b[1] - a[1])) {
  if (bytes > 0) console.log(`${String(bytes).padStart(8)} B  ${key}`);
}
