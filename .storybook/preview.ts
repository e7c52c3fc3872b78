import type { Preview } from '@storybook/web-components-vite';
import './manifest';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    options: { storySort: { order: ['Start here', 'Widgets', '*'] } },
    docs: { toc: true },
  },
  globalTypes: {
    lang: {
      description: 'Widget language',
      toolbar: {
        icon: 'globe',
        items: [
          { value: 'da', title: 'Dansk' },
          { value: 'en', title: 'English' },
        ],
      },
    },
  },
  initialGlobals: { lang: 'da' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = String(context.globals.lang ?? 'da');
      return story();
    },
  ],
};
export default preview;
