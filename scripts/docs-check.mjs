// Checks the documentation site, the static Storybook build (run after `pnpm build-storybook`):
// the "Start here" page is built and links every element's Docs page, and every element that a
// widget package's custom-elements.json declares has a Docs page (an autodocs entry in
// storybook-static/index.json from a stories file whose meta names the element as its
// `component`) that renders in Chromium with the API table filled from the manifest: each
// attribute, property, event (with its detail type), slot, CSS part and CSS custom property.
// Prints "docs: N passed, N failed" and exits non-zero on any failure.
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
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

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
function serve() {
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(out, normalize(path));
    if (!file.startsWith(out) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** What an element's API table must show: each category and each name (events with type). */
function expectedApi(decl) {
  const groups = [
    ['attributes', decl.attributes],
    ['properties', (decl.members ?? []).filter((m) => m.kind === 'field')],
    ['events', decl.events],
    ['slots', decl.slots],
    ['css custom properties', decl.cssProperties],
    ['css shadow parts', decl.cssParts],
  ].filter(([, items]) => items?.length);
  return [
    ...groups.map(([category]) => category),
    ...groups.flatMap(([, items]) => items.map((i) => i.name).filter(Boolean)),
    ...(decl.events ?? []).map((e) => e.type?.text).filter(Boolean),
  ];
}

async function main() {
  const indexPath = join(out, 'index.json');
  if (!existsSync(indexPath)) {
    check('storybook-static/index.json exists', false, 'run `pnpm build-storybook` first');
    return;
  }
  const entries = Object.values(JSON.parse(readFileSync(indexPath, 'utf8')).entries);
  const docs = entries.filter((e) => e.type === 'docs');

  const elements = [];
  for (const pkg of readdirSync(join(root, 'packages'))) {
    const manifestPath = join(root, 'packages', pkg, 'custom-elements.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const storiesDir = join(root, 'packages', pkg, 'stories');
    const storyFiles = existsSync(storiesDir)
      ? readdirSync(storiesDir).filter((f) => f.endsWith('.stories.ts'))
      : [];
    for (const decl of manifest.modules.flatMap((m) => m.declarations ?? [])) {
      if (!decl.tagName) continue;
      const files = storyFiles
        .filter((f) =>
          readFileSync(join(storiesDir, f), 'utf8').includes(`component: '${decl.tagName}'`),
        )
        .map((f) => `./packages/${pkg}/stories/${f}`);
      const pages = docs.filter(
        (e) => files.includes(e.importPath) && (e.tags ?? []).includes('autodocs'),
      );
      check(
        `${decl.tagName} has a Docs page`,
        pages.length > 0,
        files.length === 0
          ? `no stories file in packages/${pkg}/stories has \`component: '${decl.tagName}'\``
          : `no autodocs entry from ${files.join(', ')} (is \`tags: ['autodocs']\` in its meta?)`,
      );
      elements.push({ decl, pages });
    }
  }

  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const start = docs.find((e) => e.title === 'Start here');
    if (!start) {
      check('the "Start here" page is built', false, 'no docs entry titled "Start here"');
    } else {
      await page.goto(`${base}/iframe.html?viewMode=docs&id=${start.id}`);
      await page.waitForSelector('#storybook-docs h1', { timeout: 30_000 });
      const links = await page.$$eval('#storybook-docs a', (as) =>
        as.map((a) => a.getAttribute('href') ?? ''),
      );
      const unlinked = elements
        .flatMap(({ pages }) => pages.slice(0, 1))
        .filter((p) => !links.includes(`?path=/docs/${p.id}`));
      check(
        'the "Start here" page renders and links every element\'s Docs page',
        unlinked.length === 0,
        `no link to ${unlinked.map((p) => p.id).join(', ')}`,
      );
    }
    for (const { decl, pages } of elements) {
      for (const entry of pages) {
        let text = '';
        try {
          await page.goto(`${base}/iframe.html?viewMode=docs&id=${entry.id}`);
          await page.waitForSelector('.docblock-argstable', { timeout: 30_000 });
          text = (await page.locator('.docblock-argstable').first().innerText()).toLowerCase();
        } catch (error) {
          text = '';
          console.log(`# ${entry.id}: ${error.message.split('\n')[0]}`);
        }
        const missing = expectedApi(decl).filter((s) => !text.includes(s.toLowerCase()));
        check(
          `${entry.id} renders ${decl.tagName}'s API from custom-elements.json`,
          text !== '' && missing.length === 0,
          text === '' ? 'no API table rendered' : `the API table lacks ${missing.join(', ')}`,
        );
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
console.log(`docs: ${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
