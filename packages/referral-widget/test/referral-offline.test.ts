import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { startMockServer } from '@lettilbud/foundations/testing';
import '../src/define.js';
import {
  $,
  $maybe,
  accessible,
  birthDateForAge,
  heading,
  mount,
  press,
  select,
  tick,
  type,
} from './harness.js';

// The later steps are their own chunk, fetched on first use. Here the network drops before it
// arrives: the form must say so, keep every answer and still show crisis help.
describe('<lt-referral-widget> offline before the later steps have loaded', () => {
  it('opens the step saying it could not be loaded, accessibly, and keeps what was typed', async () => {
    sessionStorage.clear(); // no draft of another test file to restore
    const worker = await startMockServer();
    worker.use(http.get(/\/views\/later\.ts/, () => HttpResponse.error()));
    // The simulated network failure is in place (this also settles the worker's control of
    // the page before the widget asks for the chunk).
    const probe = await fetch(new URL('../src/views/later.ts', import.meta.url)).then(
      (r) => `status ${r.status}`,
      () => 'failed',
    );
    expect(probe).to.equal('failed');
    const el = await mount();
    await tick(el, 'role', 'parent');
    await type(el, 'writerName', 'Mor');
    await press(el, 'next');
    // Step 2 comes with the later steps: its heading, and a clear alert with a retry.
    expect(heading(el)).to.contain('Om barnet');
    const alert = $(el, '.failure[role="alert"]');
    expect(alert.textContent).to.contain('Dette trin kunne ikke hentes');
    expect(alert.querySelector('button')?.textContent).to.contain('Prøv igen');
    await accessible(el);
    // Crisis help is part of the first render: "Brug for hjælp nu?" shows it although the
    // network is gone.
    $(el, '#help-now').click();
    await el.updateComplete;
    expect($maybe(el, '[part="crisis"]')).to.not.equal(null);
    await accessible(el);
    // Back online: Retry brings the step, in Firefox too (which keeps a failed import failed:
    // the retry asks for the module afresh).
    worker.resetHandlers();
    (alert.querySelector('button') as HTMLButtonElement).click();
    await waitUntil(() => $maybe(el, '#childName'), 'the step arrives once online', {
      timeout: 5000,
    });
    await type(el, 'childName', 'Alma');
    await type(el, 'birthDate', birthDateForAge(10));
    await select(el, 'municipality', '101');
    await press(el, 'next');
    await tick(el, 'hard', 'worry');
    await press(el, 'next');
    await tick(el, 'safety', 'yes');
    expect($maybe(el, '[part="crisis"]')).to.not.equal(null);
    // Nothing typed before the failure was lost.
    await press(el, 'back');
    await press(el, 'back');
    await press(el, 'back');
    expect(heading(el)).to.contain('Hvem skriver?');
    expect(($(el, 'input[name="role"][value="parent"]') as HTMLInputElement).checked).to.equal(
      true,
    );
    expect(($(el, '#writerName') as HTMLInputElement).value).to.equal('Mor');
  });
});
