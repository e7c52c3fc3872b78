import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  KL_INFORMER,
  SDQ_REVERSED,
  readSdqResponse,
  type AskDetail,
  type SdqResult,
} from '@lettilbud/contract';
import { placeholderQuestionnaire } from '../src/demo/placeholder-questionnaire.js';
import { teacherQuestionnaire } from './fixtures/teacher-questionnaire.js';
import { $, $$, answer, click, mount } from './helpers.js';
import type { LtSdqForm } from '../src/sdq-form.js';

const q = placeholderQuestionnaire();

async function typeAge(el: LtSdqForm, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#age');
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  await click(el, 'Start');
}

/** Opens "Brug for hjælp nu?" and checks the crisis box is there, with its phone links. */
async function openCrisisHelp(el: LtSdqForm): Promise<void> {
  const details = $<HTMLDetailsElement>(el, 'details.crisis-help');
  expect(details.querySelector('summary')!.textContent!.trim()).to.equal('Brug for hjælp nu?');
  // It stays open from one screen to the next: open it only when it is closed.
  if (!details.open) details.querySelector('summary')!.click();
  await el.updateComplete;
  expect(details.open).to.equal(true);
  const phones = [...details.querySelectorAll('a[href^="tel:"]')].map((a) =>
    a.getAttribute('href'),
  );
  expect(phones).to.include('tel:112');
}

describe('<lt-sdq-form> safety', () => {
  beforeEach(() => sessionStorage.clear());

  it('the self-report with no age asks for it first; a wrong age is an error; 13 starts the form', async () => {
    const el = await mount(
      html`<lt-sdq-form subject="Patient/test" informant="self" .questionnaire=${q}></lt-sdq-form>`,
    );
    expect($(el, 'h2').textContent).to.equal('Hvor gammel er du?');
    expect($$(el, 'fieldset').length).to.equal(0);
    await expect(el).to.be.accessible();
    await typeAge(el, 'tretten');
    const input = $<HTMLInputElement>(el, '#age');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('age-error');
    expect($(el, '#age-error').textContent).to.contain('Fejl:').and.contain('som et tal');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(input);
    await expect(el).to.be.accessible();
    await typeAge(el, '13');
    expect($$(el, 'fieldset').length).to.be.greaterThan(0);
    expect($$(el, '#age').length).to.equal(0);
  });

  it('a typed age under 11 refuses the self-report (never the parent form in front of the child)', async () => {
    const el = await mount(
      html`<lt-sdq-form subject="Patient/test" informant="self" .questionnaire=${q}></lt-sdq-form>`,
    );
    await typeAge(el, '10');
    expect($(el, '.problem[role=alert]').textContent)
      .to.contain('under 11 år')
      .and.contain('Til den voksne');
    expect($$(el, 'fieldset').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('the age question by keyboard: Tab past the crisis help to the field, type, Enter', async () => {
    const el = await mount(
      html`<lt-sdq-form subject="Patient/test" informant="self" .questionnaire=${q}></lt-sdq-form>`,
    );
    el.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('age');
    await sendKeys({ type: '12' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($$(el, 'fieldset').length).to.be.greaterThan(0);
  });

  it('asks in English too', async () => {
    const el = await mount(
      html`<lt-sdq-form
        lang="en"
        subject="Patient/test"
        informant="self"
        age="8"
        .questionnaire=${q}
      ></lt-sdq-form>`,
    );
    await waitUntil(() => $(el, 'summary').textContent!.includes('Need help'), 'English');
    expect($(el, '.problem').textContent)
      .to.contain('aged 11 or older')
      .and.contain('For the adult');
    expect($(el, 'summary').textContent!.trim()).to.equal('Need help now?');
  });

  it('without a subject, says it is not set up for sending before anyone starts', async () => {
    const el = await mount(html`<lt-sdq-form .questionnaire=${q}></lt-sdq-form>`);
    expect($(el, '.problem[role=alert] h2').textContent).to.equal('Skemaet er ikke klar endnu');
    expect($$(el, 'fieldset').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('refuses a questionnaire whose reversed statements are turned round, naming them, with lt-data-error', async () => {
    const turned = placeholderQuestionnaire();
    for (const item of turned.item!)
      if (SDQ_REVERSED.has(Number.parseInt(item.linkId, 10)))
        item.answerOption = [...item.answerOption!].reverse();
    const el = document.createElement('lt-sdq-form');
    el.subject = 'Patient/test';
    const fired = oneEvent(el, 'lt-data-error');
    el.questionnaire = turned;
    document.body.append(el);
    const event = await fired;
    expect(event.detail).to.include({ source: 'questionnaire', kind: 'schema' });
    expect(
      event.detail.issues.map((i: { message: string }) => i.message.split(' ')[1]),
    ).to.deep.equal(['7', '11', '14', '21', '25']);
    await el.updateComplete;
    expect($(el, '.problem').textContent).to.contain('a reversed statement');
    expect($$(el, 'fieldset').length).to.equal(0);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('"Brug for hjælp nu?" opens the crisis box on every screen: questions, review, sent, refusals', async () => {
    const form = await mount(
      html`<lt-sdq-form subject="Patient/test" layout="list" .questionnaire=${q}></lt-sdq-form>`,
    );
    await openCrisisHelp(form);
    await expect(form).to.be.accessible();
    await answer(form, 1, 0);
    form.addEventListener('lt-sdq-submit', (e) => e.detail.respondWith({ reference: 'SDQ-2' }));
    await click(form, 'Se svarene igen');
    expect($$(form, 'details.crisis-help').length).to.equal(1);
    await openCrisisHelp(form);
    const sent = oneEvent(form, 'lt-sdq-submitted');
    await click(form, 'Send');
    await sent;
    await form.updateComplete;
    await openCrisisHelp(form);
    await expect(form).to.be.accessible();
    for (const template of [
      html`<lt-sdq-form
        subject="Patient/test"
        informant="self"
        age="9"
        .questionnaire=${q}
      ></lt-sdq-form>`,
      html`<lt-sdq-form subject="Patient/test" informant="self" .questionnaire=${q}></lt-sdq-form>`,
      html`<lt-sdq-form .questionnaire=${q}></lt-sdq-form>`,
      html`<lt-sdq-form
        subject="Patient/test"
        .questionnaire=${{ resourceType: 'Patient' }}
      ></lt-sdq-form>`,
    ])
      await openCrisisHelp(await mount(template));
  });

  it("a teacher's questionnaire with impact items named by role: the teacher's impact, KL's staff code", async () => {
    const teacher = teacherQuestionnaire();
    const el = await mount(
      html`<lt-sdq-form
        subject="Patient/test"
        informant="teacher"
        layout="list"
        .questionnaire=${teacher}
      ></lt-sdq-form>`,
    );
    for (let item = 1; item <= 25; item++) await answer(el, item, 0);
    await answer(el, 26, 2);
    expect(
      $$(el, 'fieldset')
        .map((f) => f.id)
        .slice(25),
    ).to.deep.equal(['q-26', 'q-28', 'q-30', 'q-31']);
    await answer(el, 28, 3);
    await answer(el, 30, 2);
    await answer(el, 31, 3);
    let detail: AskDetail<{ result: SdqResult }> | undefined;
    el.addEventListener('lt-sdq-submit', (e) => {
      detail = e.detail;
      e.detail.respondWith({ reference: 'SDQ-3' });
    });
    await click(el, 'Se svarene igen');
    const sent = oneEvent(el, 'lt-sdq-submitted');
    await click(el, 'Send');
    await sent;
    const result = detail!.result;
    expect(result.scores.impact).to.equal(2 + 1 + 2);
    const linkIds = (result.questionnaireResponse.item as { linkId: string }[]).map(
      (i) => i.linkId,
    );
    expect(linkIds.slice(25)).to.deep.equal(['tebddiff', 'tdistres', 'teacher-peers', 'timpclas']);
    const back = readSdqResponse(teacher, result.questionnaireResponse);
    expect(back.informant).to.equal('teacher');
    expect(JSON.stringify(result.questionnaireResponse.extension)).to.contain(
      KL_INFORMER.staff.code,
    );
  });
});
