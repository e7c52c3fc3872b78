// One Vite config for every widget package. Two builds from the same entry:
//   vite build                    -> dist/index.js: ESM with `lit` external, for hosts that
//                                    share one Lit through an import map (single-spa)
//   vite build --mode standalone  -> dist/<name>.standalone.js: Lit included, for a web editor
//                                    who drops in one <script type="module">; what a first
//                                    render does not need (English, default data, the
//                                    contract's schemas) sits beside it as
//                                    <name>.standalone-*.js chunks, fetched relative to it
import { defineConfig } from 'vite';
import { minifyLiteralsPlugin } from './minify-literals.mjs';

export function widgetConfig({ name }) {
  return defineConfig(({ mode }) => {
    const standalone = mode === 'standalone';
    return {
      publicDir: false,
      plugins: [minifyLiteralsPlugin()],
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
          entry: 'src/index.ts',
          formats: ['es'],
          fileName: () => (standalone ? `${name}.standalone.js` : 'index.js'),
        },
        rolldownOptions: {
          external: standalone ? [] : [/^lit($|\/)/, /^@lit\//],
          output: {
            // Modules that both the element and an on-demand chunk use go into one common
            // chunk instead of one chunk per module (fewer requests, better compression).
            // Only modules of the first render ($initial) may join it: it loads with the
            // element, so code that on-demand chunks share among themselves (zod and the
            // schemas, the SDQ scoring, later steps) stays on demand.
            codeSplitting: {
              groups: [{ name: 'common', minShareCount: 2, tags: ['$initial'] }],
            },
            minify: true,
            chunkFileNames: standalone ? `${name}.standalone-[name]-[hash].js` : '[name]-[hash].js',
          },
        },
      },
    };
  });
}
