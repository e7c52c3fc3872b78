import type { StorybookConfig } from '@storybook/web-components-vite';

// One Storybook for every package: one story per visible state (see each package's stories/).
// Its static build is the documentation site: the start page (.storybook/*.mdx) and, per
// element, an API page generated from the packages' custom-elements.json (see preview.ts).
const config: StorybookConfig = {
  stories: ['./*.mdx', '../packages/*/stories/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = ['development', 'browser', 'module', 'import', 'default'];
    return viteConfig;
  },
};
export default config;
