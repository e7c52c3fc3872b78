import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { startMockServer } from '@lettilbud/foundations/testing';
import '../src/define.js';
import type { LtJournalPanel } from '../src/journal-panel.js';
import { overdue, TODAY } from './fixtures/cases.js';

const $ = (el: Element, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);

// The panel's details (decisions, timeline, SDQ, GP, consents) are their own chunk, fetched
// once the case has rendered. Here the network drops before it arrives.
describe('<lt-journal-panel> offline before its details have loaded', () => {
  it('shows the checklist and the clocks at once, says in each detail section that it could not be fetched, and brings them on retry', async () => {
    const worker = await startMockServer();
    worker.use(http.get(/\/src\/details\.ts/, () => HttpResponse.error()));
    const probe = await fetch(new URL('../src/details.ts', import.meta.url)).then(
      (r) => `status ${r.status}`,
      () => 'failed',
    );
    expect(probe).to.equal('failed');
    const el = await fixture<LtJournalPanel>(
      html`<lt-journal-panel today=${TODAY} .case=${overdue}></lt-journal-panel>`,
    );
    await waitUntil(() => $(el, '#decisions [role="alert"]'), 'the details say they failed', {
      timeout: 5000,
    });
    // What a psychologist needs first is there: the clocks and the checklist.
    expect($(el, '#clocks [data-clock]')).to.not.equal(null);
    expect($(el, '#checklist')).to.not.equal(null);
    const alert = $(el, '#decisions [role="alert"]')!;
    expect(alert.textContent).to.contain('Resten af forløbet kunne ikke hentes');
    await expect(el).to.be.accessible();
    worker.resetHandlers();
    alert.querySelector('button')!.click();
    await waitUntil(
      () => !$(el, '#decisions [role="alert"]') && !$(el, '#decisions [role="status"]'),
      'the details arrive once online',
      { timeout: 5000 },
    );
    expect($(el, '#sdq')?.textContent).to.not.contain('Henter resten');
    await expect(el).to.be.accessible();
  });
});
