// Builds the demo site into shell/dist:
//   shell.js              the single-spa root config (single-spa bundled; the apps and Lit not)
//   shell-chunks/         what it loads on demand: the msw demo backend
//   apps/<pkg>/           each package's Lit-external build, copied from packages/<pkg>/dist
//   shared/lit/           ONE Lit for all apps: an entry per `lit…` specifier the apps import
//   shared/contract/      ONE @lettilbud/contract and ONE @lettilbud/foundations for all apps,
//   shared/foundations/   built together from their shipped dist: an entry per app and package
//   shared/chunks/        exporting what that app imports (mapped for it by an import-map
//                         scope), the code in chunks they share, so each page loads only its
//                         app's part, yet every module (LtElement, the lazy loaders, the checks
//                         chunk) exists once
//   index.html            with the import map that ties them together
//   mockServiceWorker.js  msw's worker, at the root so its scope covers the site
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
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
const scopes = {};
const litSpecifiers = new Set(['lit']);
const collectLit = (code) => {
  for (const m of code.matchAll(
    /(?:from|import)\s*\(?\s*["']((?:lit|@lit\/[^"'/]+)(?:\/[^"']*)?)["']/g,
  ))
    litSpecifiers.add(m[1]);
};
/** The packages every app shares one copy of, through the import map. */
const SHARED = ['contract', 'foundations'];
/** What each app imports from each shared package, by its export names: names[pkg][app]. */
const names = Object.fromEntries(SHARED.map((pkg) => [pkg, {}]));
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
    collectLit(code);
    for (const pkg of SHARED) {
      const spec = `@lettilbud/${pkg}`;
      for (const m of code.matchAll(new RegExp(`["']${spec}(/[^"']*)?["']`, 'g'))) {
        if (m[1]) throw new Error(`${app}/${file} imports ${spec}${m[1]}: map it too.`);
      }
      for (const m of code.matchAll(
        new RegExp(`(?:import|export)\\s*\\{([^}]*)\\}\\s*from\\s*["']${spec}["']`, 'g'),
      )) {
        for (const item of m[1].split(',').filter((s) => s.trim()))
          (names[pkg][app] ??= new Set()).add(item.trim().split(/\s+as\s+/)[0]);
      }
      if (new RegExp(`import\\s*\\*\\s*as\\s*[\\w$]+\\s*from\\s*["']${spec}["']`).test(code))
        throw new Error(`${app}/${file} imports all of ${spec}: name the imports.`);
    }
    cpSync(join(from, file), join(to, file));
  }
  imports[`@lettilbud/${app}`] = `/apps/${app}/index.js`;
}

const sharedOut = join(dist, 'shared');
// Rolldown (Vite), as the widgets' own builds: it drops the zod schemas a module of the
// contract defines beside what an app uses (esbuild keeps them, zod and all). One build for
// both packages, so the contract modules the foundations import are the apps' own copies.
await viteBuild({
  configFile: false,
  root: here,
  logLevel: 'error',
  publicDir: false,
  // The shipped dist, as a host's bundler sees it: no `lettilbud-source`, no `development`.
  resolve: { conditions: ['browser', 'module', 'import', 'default'] },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  plugins: [
    {
      name: 'shared-entries',
      resolveId: (id) => (id.startsWith('lt-shared:') ? `\0${id}` : null),
      load(id) {
        if (!id.startsWith('\0lt-shared:')) return null;
        const [pkg, app] = id.slice('\0lt-shared:'.length).split('/');
        return `export { ${[...names[pkg][app]].join(', ')} } from '@lettilbud/${pkg}';`;
      },
    },
  ],
  build: {
    outDir: sharedOut,
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    modulePreload: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: Object.fromEntries(
        SHARED.flatMap((pkg) =>
          Object.keys(names[pkg]).map((app) => [`${pkg}/${app}`, `lt-shared:${pkg}/${app}`]),
        ),
      ),
      external: [/^lit($|\/)/, /^@lit\//],
      preserveEntrySignatures: 'strict',
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
for (const file of readdirSync(sharedOut, { recursive: true }).filter((f) => f.endsWith('.js')))
  collectLit(readFileSync(join(sharedOut, file), 'utf8'));
for (const pkg of SHARED)
  for (const app of Object.keys(names[pkg]))
    (scopes[`/apps/${app}/`] ??= {})[`@lettilbud/${pkg}`] = `/shared/${pkg}/${app}.js`;

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

// Rolldown (Vite), as the contract above: a module of the contract reached through its index
// but not used stays out (esbuild keeps the zod schemas beside the names the shell uses, and
// with code splitting has every chunk evaluate them), so each route loads only what it runs.
await viteBuild({
  configFile: false,
  root: here,
  logLevel: 'error',
  publicDir: false,
  resolve: {
    conditions: ['lettilbud-source', 'browser', 'module', 'import', 'default'],
    // tough-cookie's public suffix lookup, without the list (see src/mocks/public-suffix.ts).
    alias: { tldts: join(here, 'src', 'mocks', 'public-suffix.ts') },
  },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: dist,
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    modulePreload: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: { shell: join(here, 'src', 'main.ts') },
      // The apps come from the import map; only their exact names are external (a subpath
      // such as @lettilbud/sdq-form/placeholder is demo data the shell bundles).
      external: [
        /^lit($|\/)/,
        /^@lit\//,
        /^@lettilbud\/(offer-finder|referral-widget|sdq-form|journal-panel|offer-overview)$/,
      ],
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        // The demo backend (msw) and what the shell loads on demand are chunks of their own.
        chunkFileNames: 'shell-chunks/[name]-[hash].js',
      },
    },
  },
});

const html = readFileSync(join(here, 'index.html'), 'utf8').replace(
  '<!--IMPORTMAP-->',
  `<script type="importmap">${JSON.stringify({ imports, scopes }, null, 2)}</script>`,
);
writeFileSync(join(dist, 'index.html'), html);
console.log(
  `shell: built dist/ with ${APPS.length} apps, one shared Lit (${litSpecifiers.size} entries), one shared contract and foundations.`,
);
