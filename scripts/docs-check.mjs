// Checks the documentation site, the static Storybook build (run after `pnpm build-storybook`):
// the "Start here" page is built, and every element that a widget package's custom-elements.json
// declares has a Docs page (an autodocs entry in storybook-static/index.json from a stories file
// whose meta names the element as its `component`) whose API table is filled from the manifest
// (the element's description and each event's detail type, which only the manifest carries, are
// in the built preview). Prints "docs: N passed, N failed" and exits non-zero on any failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const out = join(root, 'storybook-static');
let passed = 0;
let failed = 0;
function check(name, ok, why) {
  if (ok) {
    passed++;
    console.log(`ok - ${name}`);
  } else {
    failed++;
    console.log(`not ok - ${name}: ${why}`);
  }
}

function filesUnder(dir, ext) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath, e.name));
}

/** The longest plain-ASCII run of a description, as it appears in any minified bundle. */
function plainRun(text) {
  const runs = text.match(/[A-Za-z0-9 ,.()-]{24,}/g) ?? [];
  return runs.sort((a, b) => b.length - a.length)[0]?.slice(0, 60) ?? '';
}

const indexPath = join(out, 'index.json');
if (!existsSync(indexPath)) {
  check('storybook-static/index.json exists', false, 'run `pnpm build-storybook` first');
} else {
  const entries = Object.values(JSON.parse(readFileSync(indexPath, 'utf8')).entries);
  const docs = entries.filter((e) => e.type === 'docs');
  const bundle = filesUnder(out, '.js')
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');

  const start = docs.find((e) => e.title === 'Start here');
  check('the "Start here" page is built', Boolean(start), 'no docs entry titled "Start here"');

  const packages = readdirSync(join(root, 'packages')).filter((p) =>
    existsSync(join(root, 'packages', p, 'custom-elements.json')),
  );
  for (const pkg of packages) {
    const manifest = JSON.parse(
      readFileSync(join(root, 'packages', pkg, 'custom-elements.json'), 'utf8'),
    );
    const storiesDir = join(root, 'packages', pkg, 'stories');
    const storyFiles = existsSync(storiesDir)
      ? readdirSync(storiesDir).filter((f) => f.endsWith('.stories.ts'))
      : [];
    for (const decl of manifest.modules.flatMap((m) => m.declarations ?? [])) {
      if (!decl.tagName) continue;
      const tag = decl.tagName;
      const files = storyFiles
        .filter((f) => readFileSync(join(storiesDir, f), 'utf8').includes(`component: '${tag}'`))
        .map((f) => `./packages/${pkg}/stories/${f}`);
      const entry = docs.find(
        (e) => files.includes(e.importPath) && (e.tags ?? []).includes('autodocs'),
      );
      check(
        `${tag} has a Docs page`,
        Boolean(entry),
        files.length === 0
          ? `no stories file in packages/${pkg}/stories has \`component: '${tag}'\` in its meta`
          : `no autodocs entry from ${files.join(', ')} (is \`tags: ['autodocs']\` in its meta?)`,
      );
      const expected = [
        plainRun(decl.description ?? ''),
        ...(decl.events ?? []).map((e) => e.type?.text ?? ''),
      ].filter(Boolean);
      const missing = expected.filter((s) => !bundle.includes(s));
      check(
        `${tag}'s API table comes from its custom-elements.json`,
        expected.length > 0 && missing.length === 0,
        `not in the built preview: ${missing.map((s) => JSON.stringify(s)).join(', ') || 'no description or events in the manifest'}`,
      );
    }
  }
}

console.log(`docs: ${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
