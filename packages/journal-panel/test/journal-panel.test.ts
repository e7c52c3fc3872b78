import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { LtJournalPanel } from '../src/journal-panel.js';

describe('<lt-journal-panel>', () => {
  it('renders and is accessible', async () => {
    const el = await fixture<LtJournalPanel>(html`<lt-journal-panel></lt-journal-panel>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Forløb');
    await expect(el).to.be.accessible();
  });
});
