import type { Preview } from '@storybook/web-components-vite';
import './manifest';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { hideNoControlsWarning: true },
    options: { storySort: { order: ['Start here', 'Widgets', '*'] } },
    // Each story of a Docs page in its own frame: the stories find their element in the
    // document and set its language, as they do on their own page.
    docs: { toc: true, story: { inline: false, height: '520px' } },
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
  // The API table lists the manifest's entries without controls: each stories file renders its
  // states from args of its own, so a control on an element's property would change nothing.
  argTypesEnhancers: [
    ({ argTypes }) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([name, argType]) => [
          name,
          argType.table?.category ? { ...argType, control: false as const } : argType,
        ]),
      ),
  ],
  initialGlobals: { lang: 'da' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = String(context.globals.lang ?? 'da');
      return story();
    },
  ],
};
export default preview;
