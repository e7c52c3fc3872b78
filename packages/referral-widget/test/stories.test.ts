import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { WIRING_GRACE_MS } from '@lettilbud/foundations';
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

  it('Unwired: the notice with the offer’s phone, and only there; accessible', async () => {
    const root = await show(stories.Unwired);
    await waitUntil(() => root.querySelector('[part="unwired"] a[href="tel:00000001"]'), 'notice', {
      timeout: 5000,
    });
    await expect(root.host).to.be.accessible();
    const wired = await show(stories.Step1Who);
    await new Promise((r) => setTimeout(r, WIRING_GRACE_MS + 100));
    expect(wired.querySelector('[part="unwired"]')).to.equal(null);
  });

  const issue13: [keyof typeof stories, string][] = [
    ['Step1HelpNowOpen', '.help-now .lt-crisis'],
    ['ModeFosterCarer', '#role-2:checked'],
    ['Step2Under15Alone', '#under15-guide a[href="tel:33333333"]'],
    ['Step3SelfHarmTicked', '#hard .lt-crisis'],
    ['Step8ReviewConsentToBeObtained', '#consent-status'],
    ['Step8ReviewUrgentWithPhoneHours', '#urgent-phone'],
    ['ReceiptUrgent', '#urgent-note'],
    ['ReceiptUrgentNoHours', '#urgent-note'],
    ['ReceiptRoutineWithHours', '#routine-phone'],
  ];
  for (const [name, selector] of issue13) {
    it(`${name} reaches its state (${selector}), axe-clean`, async () => {
      const root = await show(stories[name] as { args?: Partial<Args> });
      expect(root.querySelector(selector)).to.not.equal(null);
      await expect(root.host).to.be.accessible();
    });
  }

  it('the urgent receipt differs from the routine one; the consent still to be obtained is said', async () => {
    const urgent = await show(stories.ReceiptUrgent);
    expect(urgent.querySelector('#urgent-phone')!.textContent).to.contain('00 00 00 01');
    const routine = await show(stories.Receipt);
    expect(routine.querySelector('#urgent-note')).to.equal(null);
    expect(routine.querySelector('#routine-phone')).to.equal(null);
    const pending = await show(stories.Step8ReviewConsentToBeObtained);
    expect(pending.querySelector('#consent-status')!.textContent).to.contain(
      'Den unge har ikke selv givet samtykke endnu',
    );
  });
});
