import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { LtSdqForm } from '../src/sdq-form.js';

describe('<lt-sdq-form>', () => {
  it('renders and is accessible', async () => {
    const el = await fixture<LtSdqForm>(html`<lt-sdq-form></lt-sdq-form>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Spørgeskema om styrker og vanskeligheder');
    await expect(el).to.be.accessible();
  });
});
