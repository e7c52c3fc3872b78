import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { startMockServer } from '@lettilbud/foundations/testing';
import { placeholderQuestionnaire } from '../src/demo/placeholder-questionnaire.js';
import { $, $$, answerAll, click, mount } from './helpers.js';

describe('<lt-sdq-form> sources and endpoint', () => {
  const posted: { key: string | null; body: { result: { informant: string } } }[] = [];
  before(async () => {
    (await startMockServer()).use(
      http.get('/q/sdq.json', () =>
        HttpResponse.json(placeholderQuestionnaire({ followUp: true })),
      ),
      http.get('/q/missing.json', () => new HttpResponse(null, { status: 404 })),
      http.post('/api/sdq', async ({ request }) => {
        posted.push({
          key: request.headers.get('Idempotency-Key'),
          body: (await request.json()) as never,
        });
        return HttpResponse.json({ reference: 'SDQ-9' });
      }),
    );
  });
  beforeEach(() => sessionStorage.clear());

  it('loads the questionnaire from src and, in a follow-up, asks the follow-up questions instead of the duration', async () => {
    const el = await mount(
      html`<lt-sdq-form
        subject="Patient/test"
        layout="list"
        follow-up
        src="/q/sdq.json"
      ></lt-sdq-form>`,
    );
    await waitUntil(() => $$(el, 'fieldset').length > 1, 'loaded');
    expect($$(el, 'fieldset').map((f) => f.id)).to.include.members(['q-34', 'q-35']);
    $$<HTMLInputElement>(el, '#q-26 input')[1]!.click();
    await el.updateComplete;
    expect($$(el, '#q-27').length).to.equal(0);
    expect($$(el, '#q-28').length).to.equal(1);
  });

  it('says the questionnaire could not be loaded and fires lt-data-error', async () => {
    const el = document.createElement('lt-sdq-form');
    el.subject = 'Patient/test';
    const fired = oneEvent(el, 'lt-data-error');
    el.src = '/q/missing.json';
    document.body.append(el);
    expect((await fired).detail).to.include({ source: 'questionnaire', kind: 'http' });
    await el.updateComplete;
    expect($(el, '.problem').textContent).to.contain('kunne ikke hentes');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('POSTs to endpoint with an Idempotency-Key when no listener answers', async () => {
    const el = await mount(
      html`<lt-sdq-form
        subject="Patient/test"
        layout="list"
        informant="teacher"
        endpoint="/api/sdq"
        src="/q/sdq.json"
      ></lt-sdq-form>`,
    );
    await waitUntil(() => $$(el, 'fieldset').length > 1, 'loaded');
    await answerAll(el);
    await click(el, 'Se svarene igen');
    await click(el, 'Send svarene');
    await waitUntil(() => $(el, 'h2').textContent === 'Tak for dine svar', 'sent');
    expect(posted.length).to.equal(1);
    expect(posted[0]!.key).to.match(/^[0-9a-f-]{36}$/);
    expect(posted[0]!.body.result.informant).to.equal('teacher');
  });
});
