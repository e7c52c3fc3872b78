import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { LtReferralWidget } from '../src/referral-widget.js';

describe('<lt-referral-widget>', () => {
  it('renders and is accessible', async () => {
    const el = await fixture<LtReferralWidget>(html`<lt-referral-widget></lt-referral-widget>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Kontakt det lettilgængelige tilbud');
    await expect(el).to.be.accessible();
  });
});
