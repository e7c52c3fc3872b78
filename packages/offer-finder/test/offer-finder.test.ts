import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { LtOfferFinder } from '../src/offer-finder.js';

describe('<lt-offer-finder>', () => {
  it('renders and is accessible', async () => {
    const el = await fixture<LtOfferFinder>(html`<lt-offer-finder></lt-offer-finder>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Find hjælp i din kommune');
    await expect(el).to.be.accessible();
  });
});
