// Installs the packages the way a host developer does: `pnpm pack` each one, then install the
// tarballs into a fresh npm app and a fresh pnpm app outside the workspace (no overrides), and
// check that what ships is complete: real dependency ranges, exports that name only shipped
// JavaScript and types, the contract README's Node snippet running as written, and the
// widgets' types compiling in a strict TypeScript app. Run after `pnpm build`.
// Prints "pack: N passed, N failed" and exits non-zero on any failure.
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = ['contract', 'offer-finder', 'referral-widget', 'sdq-form', 'journal-panel'];
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
  await check(`${manifest.name}: real dependency ranges, Lit as a peer`, () => {
    const text = JSON.stringify(manifest);
    assert(!text.includes('workspace:'), 'a workspace: range ships');
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
  await check(`a fresh ${manager} app installs all five packages, no overrides`, async () => {
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
sdq.questionnaire = placeholderQuestionnaire;
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

registry.close();
rmSync(work, { recursive: true, force: true });
console.log(`pack: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
