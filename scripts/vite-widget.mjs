// One Vite config for every widget package. Two builds from the same entry:
//   vite build                    -> dist/index.js: ESM with `lit` external, for hosts that
//                                    share one Lit through an import map (single-spa)
//   vite build --mode standalone  -> dist/<name>.standalone.js: one self-contained ESM file
//                                    a web editor drops in with one <script type="module">
//                                    (no chunks: on-demand modules are inlined)
import { defineConfig } from 'vite';

export function widgetConfig({ name }) {
  return defineConfig(({ mode }) => {
    const standalone = mode === 'standalone';
    return {
      publicDir: false,
      resolve: { conditions: ['development', 'browser', 'module', 'import', 'default'] },
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
            // The standalone file is one file a web editor uploads: on-demand modules (English
            // strings, default data) are inlined. The Lit-shared build keeps them as chunks.
            codeSplitting: !standalone,
            minify: true,
            chunkFileNames: standalone ? `${name}.standalone-[name]-[hash].js` : '[name]-[hash].js',
          },
        },
      },
    };
  });
}
