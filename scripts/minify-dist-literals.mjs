// Squeezes the css`` and html`` templates in a package's compiled dist/ (the foundations ship
// tsc's output, one module per source file, so host bundlers keep its import() chunks apart):
// the same squeeze the widgets' Vite builds apply to their sources (scripts/minify-literals.mjs).
// Usage: node scripts/minify-dist-literals.mjs <dist dir>
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifyLiterals } from './minify-literals.mjs';

const dir = process.argv[2];
if (!dir) throw new Error('usage: minify-dist-literals.mjs <dist dir>');
for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
  const file = join(entry.parentPath, entry.name);
  const code = readFileSync(file, 'utf8');
  if (!/\b(css|html)`/.test(code)) continue;
  const out = minifyLiterals(code, file);
  if (out !== code) writeFileSync(file, out);
}
