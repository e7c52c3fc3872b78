import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import {
  readSdqResponse,
  scoreSdq,
  SdqResult,
  validate,
  type AskDetail,
} from '@lettilbud/contract';
import { expectNarrowAndForcedColors } from '@lettilbud/foundations/testing/layout';
import { placeholderQuestionnaire } from '../src/demo/placeholder-questionnaire.js';
import { $, $$, answer, answerAll, click, mount } from './helpers.js';

const q = placeholderQuestionnaire();

describe('<lt-sdq-form>', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('lists the 25 items and the overall question as fieldsets with legends (wide)', async () => {
    const el = await mount(
      html`<lt-sdq-form subject="Patient/test" layout="list" .questionnaire=${q}></lt-sdq-form>`,
    );
    expect($$(el, 'fieldset').length).to.equal(26);
    expect($(el, '#q-1 legend').textContent).to.contain('Udsagn 1');
    expect($$(el, '#q-1 input[type=radio]').length).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('one question per screen on a narrow screen; back and forward keep answers', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount(
      html`<lt-sdq-form subject="Patient/test" .questionnaire=${q}></lt-sdq-form>`,
    );
    await waitUntil(() => $$(el, 'fieldset').length === 1, 'paged');
    expect($(el, '.progress').textContent).to.contain('Spørgsmål 1 af 26');
    await answer(el, 1, 2);
    await click(el, 'Næste');
    expect($(el, 'legend').textContent).to.contain('Udsagn 2');
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('q-2');
    await click(el, 'Tilbage');
    expect($$<HTMLInputElement>(el, '#q-1 input')[2]!.checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('refuses the self-report for a child under 11, with a message for the adult, and shows no questions', async () => {
    const el = await mount(
      html`<lt-sdq-form
        subject="Patient/test"
        informant="self"
        age="9"
        .questionnaire=${q}
      ></lt-sdq-form>`,
    );
    expect($(el, '.problem[role=alert] h2').textContent).to.contain('fra 11 år');
    expect($(el, '.problem').textContent).to.contain('Til den voksne');
    expect($$(el, 'fieldset').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('names the missing items of an invalid questionnaire and fires lt-data-error', async () => {
    const broken = { ...q, item: q.item!.filter((i) => !i.linkId.startsWith('7')) };
    setTimeout(() => null);
    const el = document.createElement('lt-sdq-form');
    el.subject = 'Patient/test';
    const fired = oneEvent(el, 'lt-data-error');
    el.questionnaire = broken;
    document.body.append(el);
    const event = await fired;
    expect(event.detail).to.include({ source: 'questionnaire', kind: 'schema' });
    await el.updateComplete;
    expect($(el, '.problem').textContent).to.contain('Missing SDQ items: 7');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('renders hostile wording as text', async () => {
    const hostile = placeholderQuestionnaire();
    hostile.item![0]!.text =
      '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>';
    hostile.item![0]!.answerOption![0] = { valueString: '<b>bold?</b>' };
    const el = await mount(
      html`<lt-sdq-form
        subject="Patient/test"
        layout="list"
        .questionnaire=${hostile}
      ></lt-sdq-form>`,
    );
    expect($(el, '#q-1 legend').textContent).to.contain('<img src=x');
    expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('nudges kindly about unanswered items and says which scores cannot be worked out', async () => {
    const el = await mount(
      html`<lt-sdq-form subject="Patient/test" layout="list" .questionnaire=${q}></lt-sdq-form>`,
    );
    for (const item of [3, 8]) await answer(el, item, 1);
    await click(el, 'Se svarene igen');
    expect($(el, 'h2').textContent).to.contain('Nogle spørgsmål mangler svar');
    expect(el.shadowRoot!.textContent).to.contain('Samlede vanskeligheder');
    await expect(el).to.be.accessible();
    await click(el, 'Spørgsmål 1');
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('q-1');
  });

  it('sends a scored FHIR result through respondWith; the journal reads back the same scores', async () => {
    const el = await mount(
      html`<lt-sdq-form layout="list" subject="Patient/42" .questionnaire=${q}></lt-sdq-form>`,
    );
    await answerAll(el, 2);
    let detail: AskDetail<{ result: SdqResult }> | undefined;
    el.addEventListener('lt-sdq-submit', (e) => {
      detail = e.detail;
      e.detail.respondWith(Promise.resolve({ reference: 'SDQ-1' }));
    });
    await click(el, 'Se svarene igen');
    const submitted = oneEvent(el, 'lt-sdq-submitted');
    await click(el, 'Send svarene');
    expect((await submitted).detail.receipt.reference).to.equal('SDQ-1');
    const result = detail!.result;
    expect(validate(SdqResult, result).ok).to.equal(true);
    expect(result.questionnaireResponse.subject).to.deep.equal({ reference: 'Patient/42' });
    const back = readSdqResponse(q, result.questionnaireResponse);
    expect(scoreSdq(back.answers, 'parent')).to.deep.equal(result.scores);
    expect(result.observations.length).to.be.greaterThan(5);
    await el.updateComplete;
    expect($(el, 'h2').textContent).to.equal('Tak for dine svar');
    expect(el.shadowRoot!.textContent).not.to.match(/Afvigende|Højt|Score/);
    expect(sessionStorage.length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('shows scores and bands only with show-scores', async () => {
    const el = await mount(
      html`<lt-sdq-form
        subject="Patient/test"
        layout="list"
        show-scores
        .questionnaire=${q}
      ></lt-sdq-form>`,
    );
    await answerAll(el, 2);
    el.addEventListener('lt-sdq-submit', (e) => e.detail.respondWith({ reference: 'SDQ-2' }));
    await click(el, 'Se svarene igen');
    await click(el, 'Send svarene');
    await waitUntil(() => el.shadowRoot!.querySelector('table'), 'scores');
    expect($(el, 'table').textContent).to.contain('Samlede vanskeligheder');
    await expect(el).to.be.accessible();
  });

  it('keeps the answers on failure and retries with the same idempotency key', async () => {
    const el = await mount(
      html`<lt-sdq-form subject="Patient/test" layout="list" .questionnaire=${q}></lt-sdq-form>`,
    );
    await answerAll(el);
    const keys: string[] = [];
    let fail = true;
    el.addEventListener('lt-sdq-submit', (e) => {
      keys.push(e.detail.idempotencyKey);
      e.detail.respondWith(
        fail ? Promise.reject(new Error('down')) : Promise.resolve({ reference: 'SDQ-3' }),
      );
    });
    await click(el, 'Se svarene igen');
    await click(el, 'Send svarene');
    await waitUntil(() => el.shadowRoot!.querySelector('.problem'), 'failure shown');
    expect($(el, '.problem').textContent).to.contain('Dine svar er gemt');
    await expect(el).to.be.accessible();
    fail = false;
    await click(el, 'Prøv igen');
    await waitUntil(() => $(el, 'h2').textContent === 'Tak for dine svar', 'sent');
    expect(keys.length).to.equal(2);
    expect(keys[0]).to.equal(keys[1]);
  });

  it('restores the answers after a reload mid-form, and deletes them on request', async () => {
    const first = await mount(
      html`<lt-sdq-form subject="Patient/test" layout="list" .questionnaire=${q}></lt-sdq-form>`,
    );
    await answer(first, 5, 2);
    first.remove();
    const second = await mount(
      html`<lt-sdq-form subject="Patient/test" layout="list" .questionnaire=${q}></lt-sdq-form>`,
    );
    await waitUntil(() => $$<HTMLInputElement>(second, '#q-5 input')[2]!.checked, 'restored');
    expect($(second, '.notice').textContent).to.contain('hentet');
    await click(second, 'Slet mine svar');
    expect($$<HTMLInputElement>(second, '#q-5 input')[2]!.checked).to.equal(false);
    expect(sessionStorage.length).to.equal(0);
  });

  it('keeps no draft with storage="none"', async () => {
    const el = await mount(
      html`<lt-sdq-form
        subject="Patient/test"
        layout="list"
        storage="none"
        .questionnaire=${q}
      ></lt-sdq-form>`,
    );
    await answer(el, 1, 1);
    expect(sessionStorage.length + localStorage.length).to.equal(0);
  });

  it('fits 320 px (200 % zoom) and stays accessible with forced colors, in the form and the review', async () => {
    await expectNarrowAndForcedColors(() =>
      mount(
        html`<lt-sdq-form subject="Patient/test" storage="none" .questionnaire=${q}></lt-sdq-form>`,
      ),
    );
    await expectNarrowAndForcedColors(async () => {
      const el = await mount(
        html`<lt-sdq-form
          subject="Patient/test"
          storage="none"
          layout="list"
          .questionnaire=${q}
        ></lt-sdq-form>`,
      );
      await click(el, 'Se svarene igen');
      return el;
    });
  });
});
