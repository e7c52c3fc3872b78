// @custom-elements-manifest/analyzer settings for every widget package (run by scripts/gen.mjs
// from each package's folder). The class JSDoc alone feeds the manifest.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.data.ts'],
  litelement: true,
  // package.json already points at custom-elements.json; never let the analyzer rewrite it.
  packagejson: false,
};
