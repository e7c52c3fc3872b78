import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';

/**
 * The layout checks every widget runs in its own tests: 320 CSS px wide (what 200 % zoom
 * gives on a 640 px window) without horizontal scrolling, and axe-clean with forced colors
 * (Windows High Contrast). Forced colors can only be emulated in Chromium.
 */
export async function expectNarrowAndForcedColors(
  render: () => Promise<HTMLElement>,
): Promise<void> {
  await setViewport({ width: 320, height: 800 });
  try {
    const el = await render();
    expect(el.scrollWidth, 'no horizontal scrolling at 320 px').to.be.at.most(320);
    expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(
      320,
    );
    await expect(el).to.be.accessible();
    if (navigator.userAgent.includes('Chrome')) {
      await emulateMedia({ forcedColors: 'active' });
      await expect(el).to.be.accessible();
    }
  } finally {
    if (navigator.userAgent.includes('Chrome')) await emulateMedia({ forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  }
}
