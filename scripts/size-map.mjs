#!/usr/bin/env node
// Which sources the shipped first-render files of a widget are made of (Rolldown's own output,
// attributed through source maps): `node scripts/size-map.mjs <pkg>`. Diagnostic only.
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
// Source-map "mappings": lines of segments [column, source, line, column(, name)], VLQ deltas.
function decode(mappings) {
  let source = 0;
  return mappings.split(';').map((line) => {
    let col = 0;
    return line
      .split(',')
      .filter(Boolean)
      .map((seg) => {
        const values = [];
        let value = 0;
        let shift = 0;
        for (const ch of seg) {
          const d = B64.indexOf(ch);
          value += (d & 31) << shift;
          if (d & 32) shift += 5;
          else {
            values.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = shift = 0;
          }
        }
        col += values[0];
        if (values.length > 1) source += values[1];
        return values.length > 1 ? [col, source] : [col];
      });
  });
}

const pkg = process.argv[2];
const standalone = process.argv.includes('--standalone');
// --entry=<prefix>: map an on-demand chunk (e.g. --entry=schemas) instead of the element's files;
// --deep: name files inside node_modules packages instead of the package alone.
const entry = process.argv.find((a) => a.startsWith('--entry='))?.slice(8);
const deep = process.argv.includes('--deep');
const out = `/tmp/lt-size-map-${pkg}`;
rmSync(out, { recursive: true, force: true });
execSync(
  `npx vite build --sourcemap --outDir ${out} --logLevel error${standalone ? ' --mode standalone' : ''}`,
  {
    cwd: `packages/${pkg}`,
    stdio: 'inherit',
  },
);
const files = new Set();
const visit = (f) => {
  if (files.has(f)) return;
  files.add(f);
  const code = readFileSync(join(out, f), 'utf8');
  for (const m of code.matchAll(
    /(?:\bimport|\bexport)\s*(?:[\w*${}\s,]*?\s*from\s*)?["']\.\/([^"']+\.js)["']/g,
  ))
    visit(m[1]);
};
if (entry) for (const f of readdirSync(out)) if (f.startsWith(entry) && f.endsWith('.js')) visit(f);
if (!entry) visit(standalone ? `${pkg}.standalone.js` : 'index.js');
const bytes = {};
for (const f of files) {
  const code = readFileSync(join(out, f), 'utf8').split('\n');
  const map = JSON.parse(readFileSync(join(out, f + '.map'), 'utf8'));
  decode(map.mappings).forEach((segments, line) => {
    segments.forEach((seg, i) => {
      const end = segments[i + 1]?.[0] ?? code[line].length;
      const src = seg.length > 1 ? map.sources[seg[1]] : '(none)';
      const key = src
        .replace(
          /.*node_modules\/\.pnpm\/[^/]+\/node_modules\/([^/]+)\/(.*)/,
          deep ? '$1/$2' : '$1',
        )
        .replace(/.*packages\//, '');
      bytes[key] = (bytes[key] ?? 0) + end - seg[0];
    });
  });
}
console.log(
  `${[...files].join(', ')}; others: ${readdirSync(out)
    .filter((f) => f.endsWith('.js') && !files.has(f))
    .join(', ')}`,
);
for (const [k, n] of Object.entries(bytes).sort((a, b) => b[1] - a[1]))
  console.log(String(n).padStart(7), k);
