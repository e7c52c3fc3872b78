import { expect, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { startMockServer } from '@lettilbud/foundations/testing';
import { placeholderQuestionnaire } from '../src/demo/placeholder-questionnaire.js';
import { $, $$, answerAll, click, mount } from './helpers.js';

// The review, scores and sending are their own chunk, fetched on first use. Here the network
// drops before it arrives: the form must say so, stay on the questions and keep every answer.
describe('<lt-sdq-form> offline before the review has loaded', () => {
  it('says so accessibly, keeps the answers, and reviews once back online', async () => {
    sessionStorage.clear();
    const worker = await startMockServer();
    worker.use(http.get(/\/src\/finish\.ts/, () => HttpResponse.error()));
    // The simulated network failure is in place (this also settles the worker's control of
    // the page before the form asks for the chunk).
    const probe = await fetch(new URL('../src/finish.ts', import.meta.url)).then(
      (r) => `status ${r.status}`,
      () => 'failed',
    );
    expect(probe).to.equal('failed');
    const el = await mount(
      html`<lt-sdq-form
        subject="Patient/test"
        layout="list"
        .questionnaire=${placeholderQuestionnaire()}
      ></lt-sdq-form>`,
    );
    await answerAll(el, 2);
    await click(el, 'Se svarene igen');
    expect($(el, '.notice[role="status"]').textContent).to.contain('Du er ikke på nettet');
    expect($$(el, 'fieldset').length).to.be.greaterThan(25);
    expect($$<HTMLInputElement>(el, '#q-1 input')[2]!.checked).to.equal(true);
    await expect(el).to.be.accessible();

    // Back online: the review comes, in Firefox too (which keeps a failed import failed: the
    // retry asks for the module afresh).
    worker.resetHandlers();
    await click(el, 'Se svarene igen');
    expect($(el, 'h2').textContent).to.contain('Se svarene igen');
    expect(el.shadowRoot!.querySelector('.notice')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
