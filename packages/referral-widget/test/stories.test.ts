import { expect, fixture, html } from '@open-wc/testing';
import * as stories from '../stories/referral-widget.stories.js';
import type { LtReferralWidget } from '../src/referral-widget.js';

/** The stories reach the states they are named after (the shell's smoke test axe-checks them). */
type Args = Parameters<NonNullable<typeof stories.default.render>>[0];
const meta = stories.default;

async function show(story: { args?: Partial<Args> }): Promise<ShadowRoot> {
  const args = { ...story.args } as Args;
  const el = meta.render!(args, {} as never) as LtReferralWidget;
  await fixture(html`<div>${el}</div>`);
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 20));
  }
  return el.shadowRoot!;
}

describe('referral widget stories', () => {
  beforeEach(() => sessionStorage.clear());

  it('reach their states', async () => {
    expect((await show(stories.Step1Errors)).querySelector('#error-summary')).to.not.equal(null);
    expect((await show(stories.Step2TooYoung)).querySelector('.guide')).to.not.equal(null);
    expect((await show(stories.Step4SafetyShown)).querySelector('.lt-crisis')).to.not.equal(null);
    expect(
      (await show(stories.Submitting)).querySelector('#send')!.getAttribute('aria-disabled'),
    ).to.equal('true');
    expect((await show(stories.FailedWithRetry)).querySelector('#retry')).to.not.equal(null);
    expect((await show(stories.Receipt)).querySelector('#reference')!.textContent).to.equal(
      'KBH-2026-00042',
    );
    expect(
      (await show(stories.Step8Review)).querySelector('#step-heading')!.textContent,
    ).to.contain('Trin 8 af 8');
  });
});
