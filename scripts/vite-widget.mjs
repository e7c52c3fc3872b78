// One Vite config for every widget package. Two builds from the same entry:
//   vite build                    -> dist/index.js: ESM with `lit`, `@lettilbud/contract` and
//                                    `@lettilbud/foundations` external, for hosts that bundle
//                                    (Vite, webpack) or share one Lit and one contract through
//                                    an import map (single-spa): two widgets in one app then
//                                    carry one contract, one checks chunk and one copy of its
//                                    module state (the lazy loaders, LtElement)
//   vite build --mode standalone  -> dist/<name>.standalone.js: Lit included, for a web editor
//                                    who drops in one <script type="module">; what a first
//                                    render does not need (English, default data, the
//                                    contract's schemas) sits beside it as
//                                    <name>.standalone-*.js chunks, fetched relative to it
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyLiteralsPlugin } from './minify-literals.mjs';

// Each standalone bundle carries its own Lit, and lit-html creates its Trusted Types policy
// "lit-html" when it loads. Under `trusted-types lit-html` (no 'allow-duplicates'), the
// second widget on a page then throws at load and never renders. The policy only passes
// developer-authored template HTML through (`createHTML: s => s`), so the copies share the
// first one, kept under a registered symbol. Fails the build if Lit changes the line, so an
// upgrade cannot drop this silently.
const LIT_POLICY = /(\w+)\.createPolicy\("lit-html",(\{createHTML:(\w+)=>\3\})\)/;
function sharedTrustedTypesPolicy() {
  return {
    name: 'lettilbud-shared-lit-policy',
    transform(code, id) {
      if (!/lit-html[\\/]lit-html\.js$/.test(id)) return null;
      if (!LIT_POLICY.test(code)) {
        throw new Error(`lit-html's Trusted Types policy line not found in ${id}`);
      }
      return code.replace(
        LIT_POLICY,
        '(globalThis[Symbol.for("lettilbud.lit-html-policy")]??=$1.createPolicy("lit-html",$2))',
      );
    },
  };
}

// The standalone entry carries the element and everything its first render shares with the
// on-demand chunks (rolldown merges that common code into the entry: one request, not two in a
// row). The chunks then import the entry by its own file name, and a browser keys modules by
// URL: a page that loads `<name>.standalone.js?v=3` (a CMS's cache buster), or through a
// redirect, would get a second copy of the element's module state when a chunk arrives. So
// the entry first imports itself by that name: loaded as named, the import is a cycle to
// itself and costs nothing; loaded under another URL, the named copy runs first and defines
// the elements, the other copy finds them defined, and every chunk shares the named one.
function oneCopyPerPage() {
  return {
    name: 'lettilbud-one-copy-per-page',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      for (const entry of chunks.filter((c) => c.isEntry)) {
        if (!chunks.some((c) => c.imports.includes(entry.fileName))) continue;
        if (entry.imports.length > 0) {
          throw new Error(`${entry.fileName} imports ${entry.imports.join(', ')}: expected none`);
        }
        entry.code = `import"./${entry.fileName}";${entry.code}`;
      }
    },
  };
}

// A standalone entry that also carries some on-demand modules of the contract: a widget that
// cannot show a host's data without them (the journal panel and its case checks) then loads
// them with the element, not in a second round trip after it. The widget's own code is
// unchanged: its `import()` of a module already in the entry resolves at once.
const ENTRY = 'virtual:lettilbud-standalone-entry';
function withOnDemand(modules) {
  const contract = fileURLToPath(new URL('../packages/contract/src/', import.meta.url));
  return {
    name: 'lettilbud-standalone-entry',
    // Vite resolves a library entry against the root.
    resolveId: (id) => (id.endsWith(ENTRY) ? `\0${ENTRY}` : null),
    load(id) {
      if (id !== `\0${ENTRY}`) return null;
      return [
        `export * from ${JSON.stringify(resolve('src/index.ts'))};`,
        ...modules.map(
          (m, i) => `export * as __lt${i} from ${JSON.stringify(resolve(contract, m))};`,
        ),
      ].join('\n');
    },
  };
}

/**
 * @param {{ name: string, standaloneWith?: string[] }} options `standaloneWith`: modules of
 *   the contract (paths under its `src/`) the standalone entry carries instead of fetching
 *   them on demand.
 */
export function widgetConfig({ name, standaloneWith = [] }) {
  return defineConfig(({ mode }) => {
    const standalone = mode === 'standalone';
    const bundled = standalone && standaloneWith.length > 0;
    return {
      publicDir: false,
      plugins: [
        minifyLiteralsPlugin(),
        ...(standalone ? [sharedTrustedTypesPolicy(), oneCopyPerPage()] : []),
        ...(bundled ? [withOnDemand(standaloneWith)] : []),
      ],
      // Our packages resolve to their sources through `lettilbud-source`; Lit to its production
      // build (its `development` condition is its dev build, warnings and all).
      resolve: { conditions: ['lettilbud-source', 'browser', 'module', 'import', 'default'] },
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        target: 'es2022',
        outDir: 'dist',
        emptyOutDir: !standalone,
        sourcemap: false,
        minify: true,
        reportCompressedSize: false,
        lib: {
          entry: bundled ? ENTRY : 'src/index.ts',
          formats: ['es'],
          fileName: () => (standalone ? `${name}.standalone.js` : 'index.js'),
        },
        rolldownOptions: {
          // Standalone: the entry may gain exports for its chunks, so the common code joins it.
          ...(standalone ? { preserveEntrySignatures: 'allow-extension' } : {}),
          // The modules the entry carries are also imported on demand by the contract: that
          // import() then resolves at once, as meant, so rolldown's note on it is dropped.
          onLog(level, log, handler) {
            const carried = standaloneWith.some((m) =>
              log.message?.includes(m.replace(/\.ts$/, '')),
            );
            if (bundled && log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && carried) return;
            handler(level, log);
          },
          external: standalone
            ? []
            : [/^lit($|\/)/, /^@lit\//, /^@lettilbud\/(contract|foundations)($|\/)/],
          output: {
            // Modules that both the element and an on-demand chunk use go into one common
            // chunk instead of one chunk per module (fewer requests, better compression).
            // Only modules of the first render ($initial) may join it: it loads with the
            // element, so code that on-demand chunks share among themselves (zod and the
            // schemas, the SDQ scoring, later steps) stays on demand.
            // (Standalone needs no group: that common code joins the entry itself.)
            ...(standalone
              ? {}
              : {
                  codeSplitting: {
                    groups: [{ name: 'common', minShareCount: 2, tags: ['$initial'] }],
                  },
                }),
            minify: true,
            chunkFileNames: standalone ? `${name}.standalone-[name]-[hash].js` : '[name]-[hash].js',
          },
        },
      },
    };
  });
}
