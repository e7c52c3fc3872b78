// Builds the demo site into shell/dist:
//   shell.js              the single-spa root config (single-spa bundled; the apps and Lit not)
//   shell-chunks/         what it loads on demand: the msw demo backend
//   apps/<pkg>/           each package's Lit-external build, copied from packages/<pkg>/dist
//   shared/lit/           ONE Lit for all apps: an entry per `lit…` specifier the apps import
//   index.html            with the import map that ties them together
//   mockServiceWorker.js  msw's worker, at the root so its scope covers the site
import { build } from 'esbuild';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');
const require = createRequire(import.meta.url);
const APPS = ['offer-finder', 'referral-widget', 'sdq-form', 'journal-panel', 'offer-overview'];

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
cpSync(join(here, 'public'), dist, { recursive: true });
cpSync(require.resolve('msw/mockServiceWorker.js'), join(dist, 'mockServiceWorker.js'));

const imports = {};
const litSpecifiers = new Set(['lit']);
for (const app of APPS) {
  const from = join(here, '..', 'packages', app, 'dist');
  if (!existsSync(join(from, 'index.js')))
    throw new Error(`Build packages/${app} first (pnpm build).`);
  const to = join(dist, 'apps', app);
  mkdirSync(to, { recursive: true });
  for (const file of readdirSync(from).filter(
    (f) => f.endsWith('.js') && !f.includes('.standalone'),
  )) {
    const code = readFileSync(join(from, file), 'utf8');
    for (const m of code.matchAll(
      /(?:from|import)\s*\(?\s*["']((?:lit|@lit\/[^"'/]+)(?:\/[^"']*)?)["']/g,
    ))
      litSpecifiers.add(m[1]);
    cpSync(join(from, file), join(to, file));
  }
  imports[`@lettilbud/${app}`] = `/apps/${app}/index.js`;
}

await build({
  entryPoints: [...litSpecifiers].map((s) => ({
    in: s,
    out: s.replace(/\.js$/, '').replace(/[^a-z0-9]+/gi, '_'),
  })),
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  outdir: join(dist, 'shared', 'lit'),
  conditions: ['browser', 'production'],
  logLevel: 'error',
});
for (const s of litSpecifiers)
  imports[s] = `/shared/lit/${s.replace(/\.js$/, '').replace(/[^a-z0-9]+/gi, '_')}.js`;

await build({
  entryPoints: [{ in: join(here, 'src', 'main.ts'), out: 'shell' }],
  bundle: true,
  // The demo backend (msw) and what the shell loads on demand are chunks of their own.
  splitting: true,
  chunkNames: 'shell-chunks/[name]-[hash]',
  format: 'esm',
  minify: true,
  target: 'es2022',
  outdir: dist,
  external: ['lit', 'lit/*'],
  // The apps come from the import map; only their exact names are external (a subpath such
  // as @lettilbud/sdq-form/placeholder is demo data the shell bundles).
  plugins: [
    {
      name: 'apps-external',
      setup(b) {
        b.onResolve(
          {
            filter:
              /^@lettilbud\/(offer-finder|referral-widget|sdq-form|journal-panel|offer-overview)$/,
          },
          (args) => ({ path: args.path, external: true }),
        );
      },
    },
  ],
  conditions: ['lettilbud-source', 'browser'],
  tsconfigRaw: {
    compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false },
  },
  logLevel: 'error',
});

const html = readFileSync(join(here, 'index.html'), 'utf8').replace(
  '<!--IMPORTMAP-->',
  `<script type="importmap">${JSON.stringify({ imports }, null, 2)}</script>`,
);
writeFileSync(join(dist, 'index.html'), html);
console.log(
  `shell: built dist/ with ${APPS.length} apps and one shared Lit (${litSpecifiers.size} entries).`,
);
