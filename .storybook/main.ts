import type { StorybookConfig } from '@storybook/web-components-vite';

// One Storybook for every package: one story per visible state (see each package's stories/).
const config: StorybookConfig = {
  stories: ['../packages/*/stories/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = ['development', 'browser', 'module', 'import', 'default'];
    return viteConfig;
  },
};
export default config;
