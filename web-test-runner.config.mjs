// Browser tests for every package, in Debian's Chromium and in Firefox ESR (through
// puppeteer + WebDriver BiDi, see TOOLCHAIN.md).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CHROMIUM, CHROMIUM_FLAGS } from './scripts/chromium.mjs';

const require = createRequire(import.meta.url);
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const chromium = chromeLauncher({
  launchOptions: {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless=new', ...CHROMIUM_FLAGS],
  },
});

// msw's worker must be served from the site root so its scope covers the test page; serve
// the installed copy so it always matches the msw version.
const mswWorker = readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8');

// Every Storybook story file, as a module the story smoke test imports (shell/test/stories.test.ts),
// so a new story is rendered and axe-checked without touching the test.
const storyModules = {
  name: 'lt-story-index',
  serve(context) {
    if (context.path !== '/__lt-stories.js') return undefined;
    const files = readdirSync('packages').flatMap((pkg) =>
      existsSync(`packages/${pkg}/stories`)
        ? readdirSync(`packages/${pkg}/stories`)
            .filter((f) => f.endsWith('.stories.ts'))
            .map((f) => `packages/${pkg}/stories/${f}`)
        : [],
    );
    const body = `export default {${files.map((f) => `${JSON.stringify(f)}: () => import('/${f}')`).join(',')}};`;
    return { body, type: 'js' };
  },
};

// Puppeteer's setViewport over WebDriver BiDi also sends emulation.setScreenOrientationOverride,
// which Debian's Firefox ESR 140.12 does not know ("unknown command"): every session failed
// before a test ran. The viewport itself is set by the command sent beside it; the orientation,
// which no test uses, is left out when the browser does not know it. The failure can come back
// before the viewport is applied, so this waits until the page has the new width.
async function firefoxPage({ browser }) {
  const page = await browser.newPage();
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (error) {
      if (
        !String(error?.message).includes('unknown command emulation.setScreenOrientationOverride')
      )
        throw error;
      if (viewport?.width)
        await page.waitForFunction(
          (width) => innerWidth === width,
          { timeout: 5_000 },
          viewport.width,
        );
    }
  };
  return page;
}

const withFirefox = existsSync(FIREFOX) && process.env.LT_NO_FIREFOX !== '1';

export default {
  rootDir: '.',
  files: ['packages/*/test/**/*.test.ts', 'shell/test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [storyModules, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [chromium],
  // One page at a time: a second page is a background tab, which gets no animation frames,
  // and fixtures and Lit updates that wait for a frame then hang until the timeout.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/mockServiceWorker.js') {
        ctx.type = 'application/javascript';
        ctx.body = mswWorker;
        return undefined;
      }
      return next();
    },
  ],
  groups: withFirefox
    ? [
        {
          name: 'firefox',
          files: ['packages/*/test/**/*.test.ts', 'shell/test/**/*.test.ts'],
          browsers: [
            puppeteerLauncher({
              launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
              createPage: firefoxPage,
            }),
          ],
        },
      ]
    : [],
};
