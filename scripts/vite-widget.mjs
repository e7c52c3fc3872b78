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

const ZOD_WORLD =
  /[\\/]node_modules[\\/](\.pnpm[\\/])?zod|[\\/]contract[\\/]src[\\/](schemas[\\/](?!constants|validate)|events[\\/].*\.events\.ts|validation[\\/]schemas)/;

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
            // zod and the schemas built with it stay out: they are shared only among
            // on-demand chunks, and the common chunk loads with the element.
            codeSplitting: {
              groups: [{ name: 'common', minShareCount: 2, test: (id) => !ZOD_WORLD.test(id) }],
            },
            minify: true,
            chunkFileNames: standalone ? `${name}.standalone-[name]-[hash].js` : '[name]-[hash].js',
          },
        },
      },
    };
  });
}
