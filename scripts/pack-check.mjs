// Installs the packages the way a host developer does: `pnpm pack` each one, then install the
// tarballs into a fresh npm app and a fresh pnpm app outside the workspace (no overrides), and
// check that what ships is complete: real dependency ranges, exports that name only shipped
// JavaScript and types, the contract README's Node snippet running as written, a Node app with
// only the contract installed checking documents without Lit, and the widgets' types compiling
// in a strict TypeScript app. Run after `pnpm build`.
// Then each app in examples/ (React 19, Vue 3, a plain page as a CMS editor pastes it, a
// single-spa root config) installs from the same registry, builds, and does an event round
// trip in Chromium: the widget asks, the host answers, the widget shows it, an action reaches
// the host. Prints "pack: N passed, N failed" and exits non-zero on any failure.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { cpSync, readdirSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = [
  'contract',
  'foundations',
  'offer-finder',
  'referral-widget',
  'sdq-form',
  'journal-panel',
  'offer-overview',
];
const work = mkdtempSync(join(tmpdir(), 'lettilbud-pack-'));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
// Installs run while this process serves the local registry, so they must not block it.
const runAsync = async (cmd, args, cwd) =>
  (await promisify(execFile)(cmd, args, { cwd, encoding: 'utf8' })).stdout;

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failed++;
    const out = [error?.message, error?.stdout, error?.stderr].filter(Boolean).join('\n');
    console.log(`  ✗ ${name}\n    ${out.trim().split('\n').slice(0, 30).join('\n    ')}`);
  }
}
const assert = (cond, msg) => {
  if (!cond) throw new Error(msg);
};

console.log('pack: tarballs installed outside the workspace');
const tarballs = {};
for (const pkg of PACKAGES) {
  const out = run(
    'pnpm',
    ['pack', '--pack-destination', work, '--json'],
    join(root, 'packages', pkg),
  );
  tarballs[pkg] = JSON.parse(out).filename;
}

// What ships in each tarball: its package.json and file list.
for (const pkg of PACKAGES) {
  const dir = join(work, 'unpacked', pkg);
  mkdirSync(dir, { recursive: true });
  run('tar', ['-xzf', tarballs[pkg], '-C', dir], work);
  const base = join(dir, 'package');
  const manifest = JSON.parse(readFileSync(join(base, 'package.json'), 'utf8'));
  // The contract is data and logic for hosts' backends too: no Lit at all. Every other
  // package renders with the host's Lit.
  const lit = pkg === 'contract' ? 'no Lit' : 'Lit as a peer';
  await check(`${manifest.name}: real dependency ranges, ${lit}`, () => {
    const text = JSON.stringify(manifest);
    assert(!text.includes('workspace:'), 'a workspace: range ships');
    if (pkg === 'contract')
      assert(!/"lit"|"@lit\//.test(text), 'the contract names lit in its package.json');
    else
      assert(manifest.peerDependencies?.lit?.startsWith('^3'), 'lit is not a ^3 peer dependency');
    assert(!manifest.dependencies?.lit, 'lit is also a dependency');
  });
  await check(`${manifest.name}: exports name only shipped JavaScript, JSON and types`, () => {
    const targets = [];
    const walk = (value, conditions) => {
      if (typeof value === 'string') targets.push([value, conditions]);
      else for (const [key, v] of Object.entries(value)) walk(v, [...conditions, key]);
    };
    walk(manifest.exports, []);
    assert(manifest.exports['./package.json'] === './package.json', 'no ./package.json export');
    for (const [target, conditions] of targets) {
      const bad = conditions.find((c) => c === 'development' || c === 'lettilbud-source');
      assert(!bad, `condition "${bad}" ships (${target})`);
      assert(!/\.ts$/.test(target) || /\.d\.ts$/.test(target), `a .ts target ships: ${target}`);
      if (!target.includes('*')) assert(existsSync(join(base, target)), `missing file: ${target}`);
    }
    for (const file of ['README.md', 'LICENSE']) assert(existsSync(join(base, file)), `no ${file}`);
  });
  await check(`${manifest.name}: its docs link only to what ships in the package`, () => {
    // A relative link in a packed README (e.g. ../../docs/contract.md) is dead on npm and in
    // node_modules: every relative target must be a file inside the tarball.
    const docs = readdirSync(base, { recursive: true }).filter(
      (f) => f.endsWith('.md') && !f.startsWith('dist'),
    );
    assert(docs.includes('README.md'), 'no README.md');
    const dead = [];
    for (const doc of docs) {
      const text = readFileSync(join(base, doc), 'utf8')
        .replace(/```[\s\S]*?```/g, '')
        .replace(/`[^`\n]*`/g, '');
      const targets = [
        ...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g),
        ...text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm),
        ...text.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']/g),
      ].map((m) => m[1]);
      for (const target of targets) {
        if (/^(?:[a-z][a-z0-9+.-]*:|#)/i.test(target)) continue;
        const file = join(dirname(join(base, doc)), decodeURI(target.split('#')[0]));
        if (!file.startsWith(base + '/') || !existsSync(file)) dead.push(`${doc}: ${target}`);
      }
    }
    assert(!dead.length, `relative links to files not in the package:\n${dead.join('\n')}`);
  });
}

// A local registry, as a host would install from npm: @lettilbud/* from the tarballs, every
// other package's metadata from the npm registry (its tarball URLs point there directly).
const UPSTREAM = 'https://registry.npmjs.org';
const local = {};
for (const pkg of PACKAGES) {
  const bytes = readFileSync(tarballs[pkg]);
  const manifest = JSON.parse(
    readFileSync(join(work, 'unpacked', pkg, 'package', 'package.json'), 'utf8'),
  );
  local[manifest.name] = { manifest, bytes, file: `${pkg}.tgz` };
}
const registry = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname).slice(1);
  const tarball = Object.values(local).find((p) => path === `-/${p.file}`);
  if (tarball)
    return res.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(tarball.bytes);
  const own = local[path];
  if (own) {
    const { manifest, bytes, file } = own;
    const dist = {
      tarball: `${registryUrl}-/${file}`,
      shasum: createHash('sha1').update(bytes).digest('hex'),
      integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
    };
    const body = {
      name: manifest.name,
      'dist-tags': { latest: manifest.version },
      versions: { [manifest.version]: { ...manifest, dist } },
    };
    return res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
  }
  try {
    const upstream = await fetch(`${UPSTREAM}/${path.replace('/', '%2F')}`, {
      headers: { accept: req.headers.accept ?? 'application/json' },
    });
    res
      .writeHead(upstream.status, { 'Content-Type': 'application/json' })
      .end(Buffer.from(await upstream.arrayBuffer()));
  } catch {
    res.writeHead(502).end();
  }
});
await new Promise((r) => registry.listen(0, '127.0.0.1', r));
const registryUrl = `http://127.0.0.1:${registry.address().port}/`;

// The contract README's Node snippet, exactly as written.
const readme = readFileSync(join(root, 'packages/contract/README.md'), 'utf8');
const snippet = readme.split('## Use it in Node')[1]?.match(/```js\n([\s\S]*?)```/)?.[1];

async function freshApp(name, install) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name, version: '0.0.0', private: true, type: 'module' }, null, 2),
  );
  await install(dir);
  return dir;
}
const all = PACKAGES.map((p) => `@lettilbud/${p}`);
const reg = `--registry=${registryUrl}`;

for (const [manager, install] of [
  [
    'npm',
    (dir) =>
      runAsync('npm', ['install', reg, '--no-audit', '--no-fund', '--loglevel=error', ...all], dir),
  ],
  ['pnpm', (dir) => runAsync('pnpm', ['add', reg, '--reporter=silent', 'lit@^3.1.0', ...all], dir)],
]) {
  let app;
  await check(`a fresh ${manager} app installs all seven packages, no overrides`, async () => {
    app = await freshApp(`${manager}-app`, install);
    for (const pkg of PACKAGES)
      assert(
        existsSync(join(app, 'node_modules/@lettilbud', pkg, 'package.json')),
        `@lettilbud/${pkg} missing`,
      );
  });
  if (!app) continue;
  await check(`${manager}: the contract README's Node snippet runs as written`, () => {
    assert(snippet, 'snippet not found in packages/contract/README.md');
    writeFileSync(join(app, 'snippet.mjs'), snippet);
    const out = run(process.execPath, ['snippet.mjs'], app);
    assert(/consentTextVersion/.test(out), `unexpected output:\n${out}`);
  });
}

// A host's backend in Node installs only the contract: no Lit comes with it, and it checks a
// referral (and a broken one) and turns it into a case.
await check(
  'a Node app with only the contract installed gets no Lit and checks a referral',
  async () => {
    const app = await freshApp('contract-only', (dir) =>
      runAsync(
        'npm',
        ['install', reg, '--no-audit', '--no-fund', '--loglevel=error', '@lettilbud/contract'],
        dir,
      ),
    );
    const lock = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8'));
    const installed = Object.keys(lock.packages)
      .filter((p) => p)
      .sort();
    assert(!existsSync(join(app, 'node_modules/lit')), 'lit is installed');
    assert(
      !installed.some((p) => /node_modules\/(?:lit|@lit\/|lit-html|lit-element)/.test(p)),
      `Lit came with the contract: ${installed.join(', ')}`,
    );
    assert(!installed.includes('node_modules/@lettilbud/foundations'), 'the foundations came too');
    writeFileSync(
      join(app, 'check.mjs'),
      `import { CONTRACT_VERSION, Referral, caseFromReferral, validate } from '@lettilbud/contract';
const referral = {
  contractVersion: CONTRACT_VERSION,
  consentTextVersion: '2026-11',
  writer: { role: 'parent' },
  child: { name: 'Ida', birthDate: '2015-03-09', municipality: '101' },
  contact: { phone: '12 34 56 78' },
  concerns: ['worry'],
  safety: 'no',
  urgent: false,
  consents: {
    consenter: 'custody-holders',
    status: 'given',
    parties: { ppr: true, 'health-visitor': false, school: false, 'family-department': false },
  },
  submittedAt: '2026-11-22T10:00:00+01:00',
};
const good = validate(Referral, referral);
const bad = validate(Referral, { ...referral, contact: { phone: 'x' } });
const journalCase = caseFromReferral(referral, { reference: 'LT-1' });
console.log(JSON.stringify({ good: good.ok, bad: bad.ok ? [] : bad.issues.map((i) => i.path), case: journalCase.id }));
`,
    );
    const out = JSON.parse(run(process.execPath, ['check.mjs'], app));
    assert(out.good === true, `the valid referral was refused: ${JSON.stringify(out)}`);
    assert(out.bad.join() === 'contact.phone', `the broken referral: ${JSON.stringify(out)}`);
    assert(out.case === 'LT-1', `caseFromReferral: ${JSON.stringify(out)}`);
  },
);

await check('the widgets type-check in a strict TypeScript app (npm)', () => {
  const app = join(work, 'npm-app');
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        lib: ['es2022', 'dom', 'dom.iterable'],
        noEmit: true,
        skipLibCheck: false,
      },
      include: ['check.ts'],
    }),
  );
  writeFileSync(
    join(app, 'check.ts'),
    `import '@lettilbud/offer-finder';
import '@lettilbud/referral-widget';
import '@lettilbud/sdq-form';
import '@lettilbud/journal-panel';
import { placeholderQuestionnaire } from '@lettilbud/sdq-form/placeholder';
import { CONTRACT_VERSION, type Referral } from '@lettilbud/contract';

const finder: HTMLElement & { municipality: string | null } = document.createElement('lt-offer-finder');
finder.municipality = '101';
const sdq = document.createElement('lt-sdq-form');
sdq.questionnaire = placeholderQuestionnaire();
document.createElement('lt-referral-widget').addEventListener('lt-referral-submit', (event) => {
  const referral: Referral = event.detail.referral;
  console.log(referral.contractVersion === CONTRACT_VERSION);
});
document.createElement('lt-journal-panel');
`,
  );
  run(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'],
    app,
  );
});

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};
async function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/favicon.ico') return res.writeHead(204).end();
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory())
      return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}
// Host apps as a developer starts them: the finder alone, then the finder and the referral, in
// Vite (build and dev server) and webpack (production and development builds). The two widgets
// must share one contract: its first-render code and its checks chunk appear once.
console.log('pack: host bundlers resolve the packages; two widgets share one contract');
const browser = await launchChromium();
// Distinctive strings of the contract (its lazy loader, first render, and each group of its
// compiled checks: directory, journal, the others) and of the foundations (LtElement). The
// checks' interpreter has no string of its own (zod's messages, React's isPrototypeOf), but it
// loads only beside a group.
const CONTRACT_MARKS = {
  "contract's lazy loader": '?retry=',
  "contract's directory checks": 'Expected a time as HH:MM',
  "contract's journal checks": 'Expected at most 4000 characters',
  "contract's other checks": 'Expected a CPR number as DDMMYY-XXXX',
  "foundations' LtElement": 'not sent, the contract could not load',
};
const jsFiles = (dir) =>
  readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
const occurrences = (codes, mark) => codes.reduce((n, c) => n + c.split(mark).length - 1, 0);
const gzTotal = (codes) => codes.reduce((n, c) => n + gzipSync(c).length, 0);
function assertOneContract(dir) {
  const codes = jsFiles(dir);
  for (const [what, mark] of Object.entries(CONTRACT_MARKS)) {
    const n = occurrences(codes, mark);
    assert(n === 1, `the ${what} appears ${n} times in ${dir}`);
  }
  return codes;
}
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const PAGES = {
  one: ['offer-finder'],
  two: ['offer-finder', 'referral-widget'],
};
function writePages(app) {
  for (const [page, widgets] of Object.entries(PAGES)) {
    mkdirSync(join(app, page), { recursive: true });
    writeFileSync(
      join(app, page, 'main.js'),
      widgets.map((w) => `import '@lettilbud/${w}';\n`).join(''),
    );
    writeFileSync(
      join(app, page, 'index.html'),
      `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${page}</title><link rel="icon" href="data:,"></head><body>
${widgets.map((w) => `<lt-${w}></lt-${w}>`).join('\n')}
<script type="module" src="./main.js"></script>
</body></html>`,
    );
  }
}
async function upgrades(url, widgets) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  try {
    await page.goto(url);
    for (const tag of widgets.map((w) => `lt-${w}`))
      await page.waitForFunction(
        (t) =>
          customElements.get(t) && document.querySelector(t)?.shadowRoot?.childElementCount > 0,
        tag,
        { timeout: 30_000 },
      );
    assert(errors.length === 0, errors.join('\n'));
  } finally {
    await page.close();
  }
}
const freePort = async () => {
  const s = createServer();
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address();
  await new Promise((r) => s.close(r));
  return port;
};

const hostDeps = {
  '@lettilbud/offer-finder': '*',
  '@lettilbud/referral-widget': '*',
  lit: '^3.1.0',
};
let viteApp;
await check('a Vite app installs the widgets and vite from the registries', async () => {
  viteApp = join(work, 'host-vite');
  mkdirSync(viteApp, { recursive: true });
  writeFileSync(
    join(viteApp, 'package.json'),
    JSON.stringify({
      name: 'host-vite',
      private: true,
      type: 'module',
      dependencies: hostDeps,
      devDependencies: { vite: '^8.0.0' },
    }),
  );
  writePages(viteApp);
  await runAsync('npm', ['install', reg, '--no-audit', '--no-fund', '--loglevel=error'], viteApp);
});
if (viteApp) {
  const vite = join(viteApp, 'node_modules/vite/bin/vite.js');
  await check(
    'vite build: two widgets carry one contract (its code and checks chunk once)',
    async () => {
      const sizes = {};
      for (const page of Object.keys(PAGES)) {
        await runAsync(
          process.execPath,
          [
            vite,
            'build',
            page,
            '--outDir',
            `../dist-${page}`,
            '--emptyOutDir',
            '--logLevel',
            'error',
          ],
          viteApp,
        );
        sizes[page] = gzTotal(assertOneContract(join(viteApp, `dist-${page}`)));
      }
      console.log(
        `    vite host bundle, all JS gzip: finder ${kb(sizes.one)}; finder + referral ${kb(sizes.two)}`,
      );
    },
  );
  await check(
    'vite dev server: the page and the widgets module graph load, both upgrade',
    async () => {
      const port = await freePort();
      const child = spawn(
        process.execPath,
        [vite, 'two', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
        { cwd: viteApp, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      try {
        const url = `http://127.0.0.1:${port}/`;
        for (let i = 0; ; i++) {
          if (
            await fetch(url).then(
              (r) => r.ok,
              () => false,
            )
          )
            break;
          assert(i < 100 && child.exitCode === null, `vite dev did not start:\n${output}`);
          await new Promise((r) => setTimeout(r, 300));
        }
        await upgrades(url, PAGES.two);
        assert(!/error/i.test(output), `vite dev reported:\n${output}`);
      } finally {
        child.kill();
      }
    },
  );
}

let webpackApp;
await check('a webpack app installs the widgets and webpack from the registries', async () => {
  webpackApp = join(work, 'host-webpack');
  mkdirSync(webpackApp, { recursive: true });
  writeFileSync(
    join(webpackApp, 'package.json'),
    JSON.stringify({
      name: 'host-webpack',
      private: true,
      dependencies: hostDeps,
      devDependencies: { webpack: '^5.100.0', 'webpack-cli': '^7.0.0' },
    }),
  );
  writePages(webpackApp);
  await runAsync(
    'npm',
    ['install', reg, '--no-audit', '--no-fund', '--loglevel=error'],
    webpackApp,
  );
});
if (webpackApp) {
  const webpack = join(webpackApp, 'node_modules/webpack-cli/bin/cli.js');
  for (const mode of ['production', 'development']) {
    await check(
      `webpack --mode ${mode}: builds without warnings, both widgets upgrade`,
      async () => {
        const sizes = {};
        for (const [page, widgets] of Object.entries(PAGES)) {
          const out = join(webpackApp, `dist-${mode}-${page}`);
          const log = await runAsync(
            process.execPath,
            [
              webpack,
              '--mode',
              mode,
              '--entry',
              `./${page}/main.js`,
              '--output-path',
              out,
              '--stats',
              'errors-warnings',
            ],
            webpackApp,
          );
          assert(!/warning|error/i.test(log), `webpack reported:\n${log}`);
          writeFileSync(
            join(out, 'index.html'),
            readFileSync(join(webpackApp, page, 'index.html'), 'utf8').replace(
              '<script type="module" src="./main.js"></script>',
              '<script src="./main.js"></script>',
            ),
          );
          if (mode === 'production') sizes[page] = gzTotal(assertOneContract(out));
          // The lazy loader's retry imports a URL at run time: webpack must leave that import()
          // to the browser, not turn it into an (empty) context module that always rejects.
          else
            assert(
              !jsFiles(out).some((c) => c.includes('%3Fretry')),
              'webpack bundled the retry import() as a context module',
            );
          const { server, url } = await serve(out);
          try {
            await upgrades(url, widgets);
          } finally {
            server.close();
          }
        }
        if (mode === 'production')
          console.log(
            `    webpack host bundle, all JS gzip: finder ${kb(sizes.one)}; finder + referral ${kb(sizes.two)}`,
          );
      },
    );
  }
}

console.log('pack: the examples, built from the installed packages');
const only = process.env.LT_EXAMPLE;
for (const example of readdirSync(join(root, 'examples')).filter((e) => !only || e === only)) {
  const dir = join(work, 'examples', example);
  cpSync(join(root, 'examples', example), dir, { recursive: true });
  const bundled = existsSync(join(dir, 'package.json'));
  let out = dir;
  await check(`examples/${example}: installs and builds`, async () => {
    if (bundled) {
      await runAsync('npm', ['install', reg, '--no-audit', '--no-fund', '--loglevel=error'], dir);
      await runAsync('npm', ['run', 'build', '--silent'], dir);
      out = join(dir, 'dist');
    } else {
      // A web editor uploads the dist folder's standalone files to /assets/lettilbud/.
      await runAsync(
        'npm',
        ['install', reg, '--no-audit', '--no-fund', '--loglevel=error', '@lettilbud/journal-panel'],
        dir,
      );
      const from = join(dir, 'node_modules/@lettilbud/journal-panel/dist');
      mkdirSync(join(dir, 'assets/lettilbud'), { recursive: true });
      for (const f of readdirSync(from).filter((f) => f.includes('.standalone')))
        cpSync(join(from, f), join(dir, 'assets/lettilbud', f));
    }
  });
  if (example === 'react')
    await check('examples/react: its two widgets carry one contract', () => {
      const codes = assertOneContract(out);
      console.log(`    examples/react, all JS gzip: ${kb(gzTotal(codes))} (React included)`);
    });
  await check(
    `examples/${example}: the widget asks, the host answers, an action reaches the host`,
    async () => {
      const { server, url } = await serve(out);
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      try {
        await page.goto(url);
        const hostLog = page.getByRole('list', { name: 'Host log' });
        await hostLog.getByText('asked for demo-1').waitFor({ timeout: 15_000 });
        await page
          .getByText('Demo Barn (eksempel)', { exact: true })
          .first()
          .waitFor({ timeout: 10_000 });
        await page.getByRole('button', { name: 'Tilføj notat' }).click();
        await hostLog.getByText('action add-note').waitFor({ timeout: 5_000 });
        if (example === 'single-spa') {
          // parcel.update() with a new case-id: the same element asks again and shows it.
          await page.getByRole('button', { name: 'Næste sag' }).click();
          await hostLog.getByText('asked for demo-2').waitFor({ timeout: 5_000 });
          await page
            .getByText('Andet Demo Barn (eksempel)', { exact: true })
            .first()
            .waitFor({ timeout: 5_000 });
        }
        assert(errors.length === 0, errors.join('\n'));
      } finally {
        await page.close();
        server.close();
      }
    },
  );
}
await browser.close();

registry.close();
rmSync(work, { recursive: true, force: true });
console.log(`pack: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
