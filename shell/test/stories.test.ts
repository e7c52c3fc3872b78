import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/**
 * Renders every Storybook story of every package (the index is served by the test runner
 * from packages/x/stories/*.stories.ts) and checks it with axe: each documented state must be
 * accessible, not only the ones a package's own tests reach. Play functions are not run.
 */
interface StoryModule {
  default: { title?: string; args?: Record<string, unknown>; render?: StoryRender };
  [name: string]: unknown;
}
type StoryRender = (
  args: Record<string, unknown>,
  context: Record<string, unknown>,
) => TemplateResult | HTMLElement;
interface Story {
  args?: Record<string, unknown>;
  render?: StoryRender;
  parameters?: { smoke?: { skip?: string } };
}

// @ts-expect-error served by the test runner (web-test-runner.config.mjs, lt-story-index)
import index from '/__lt-stories.js';

const modules = index as Record<string, () => Promise<StoryModule>>;

async function settle(root: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const elements = [root, ...root.querySelectorAll('*')].filter((e) => e.localName.includes('-'));
    await Promise.all(
      elements.map((e) => (e as Element & { updateComplete?: Promise<unknown> }).updateComplete),
    );
    await new Promise((r) => setTimeout(r, 30));
  }
}

describe('every story renders and is accessible', () => {
  it('finds story files', () => {
    expect(Object.keys(modules).length).to.be.greaterThan(0);
  });

  for (const [file, load] of Object.entries(modules)) {
    describe(file, () => {
      let mod: StoryModule;
      before(async () => {
        mod = await load();
      });

      it('every story', async function () {
        this.timeout(60_000);
        const stories = Object.entries(mod).filter(
          ([name]) => name !== 'default' && name !== '__namedExportsOrder',
        );
        expect(stories.length, 'stories in the file').to.be.greaterThan(0);
        for (const [name, value] of stories) {
          const story = value as Story;
          if (story.parameters?.smoke?.skip) continue;
          const render = story.render ?? mod.default.render;
          expect(render, `${name} has a render function`).to.be.a('function');
          const args = { ...mod.default.args, ...story.args };
          const result = render!(args, { args, name, globals: { lang: 'da' } });
          const container = await fixture(
            result instanceof HTMLElement ? result : html`<div>${result}</div>`,
          );
          await settle(container);
          try {
            await expect(container).to.be.accessible();
          } catch (error) {
            throw new Error(`${file} › ${name}: ${(error as Error).message}`, { cause: error });
          }
        }
      });
    });
  }
});
