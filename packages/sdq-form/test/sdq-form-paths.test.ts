import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import {
  readSdqResponse,
  scoreSdq,
  sdqQuestions,
  type AskDetail,
  type Questionnaire,
  type SdqResult,
} from '@lettilbud/contract';
import { placeholderQuestionnaire } from '../src/demo/placeholder-questionnaire.js';
import { $, $$, answer, answerAll, click, mount } from './helpers.js';
import type { LtSdqForm } from '../src/sdq-form.js';

const q = placeholderQuestionnaire();

/** A questionnaire answering in valueCoding, as a terminology-minded host might. */
function codingQuestionnaire(): Questionnaire {
  const base = placeholderQuestionnaire();
  return {
    ...base,
    url: 'https://example.org/Questionnaire/sdq-coded',
    item: base.item!.map((item) => ({
      ...item,
      answerOption: item.answerOption!.map((_, p) => ({
        valueCoding: { system: 'urn:example:sdq-answer', code: `a${p}`, display: `Kode ${p}` },
      })),
    })),
  };
}

/** Sends the form (from the review) and returns the result the host received. */
async function send(el: LtSdqForm): Promise<SdqResult> {
  let detail: AskDetail<{ result: SdqResult }> | undefined;
  el.addEventListener('lt-sdq-submit', (e) => {
    detail = e.detail;
    e.detail.respondWith({ reference: 'SDQ-7' });
  });
  await click(el, 'Se svarene igen');
  const done = oneEvent(el, 'lt-sdq-submitted');
  await click(el, 'Send');
  await done;
  return detail!.result;
}

describe('<lt-sdq-form> keyboard and screen-reader paths', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('answers by keyboard alone, one question per screen: Tab (past the crisis help), arrows, Tab, Enter', async () => {
    const el = await mount(
      html`<lt-sdq-form subject="Patient/test" layout="paged" .questionnaire=${q}></lt-sdq-form>`,
    );
    el.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Brug for hjælp nu?');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('q-1');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect($$<HTMLInputElement>(el, '#q-1 input')[1]!.checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Næste');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // Under a loaded machine Firefox moves focus to the next screen late: wait, do not race.
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('name') === 'q-2', 'focus', {
      timeout: 5000,
    });
    expect($(el, '.progress').textContent).to.contain('Spørgsmål 2 af 26');
    // A screen reader hears the progress with the question: the group is described by it.
    expect($(el, 'fieldset').getAttribute('aria-describedby')).to.equal('progress');
    expect($(el, '#progress').textContent).to.equal('Spørgsmål 2 af 26');
    // The radio group is one Tab stop; next comes "Tilbage".
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Tilbage');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // Back on question 1, focus is on the chosen answer (the radio group's Tab stop).
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('name') === 'q-1', 'back');
    expect((el.shadowRoot!.activeElement as HTMLInputElement).checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('gives each question a fieldset whose legend is the wording, and each radio a label', async () => {
    const el = await mount(
      html`<lt-sdq-form subject="Patient/test" layout="list" .questionnaire=${q}></lt-sdq-form>`,
    );
    for (const fieldset of $$<HTMLFieldSetElement>(el, 'fieldset')) {
      // The legend is the fieldset's first child: that is what names the group.
      expect(fieldset.firstElementChild?.tagName).to.equal('LEGEND');
      const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type=radio]')];
      expect(new Set(radios.map((r) => r.name)).size).to.equal(1);
      for (const radio of radios) expect(radio.labels?.[0]?.textContent).to.match(/Svar \d/);
    }
  });
});

describe('<lt-sdq-form> versions and answer forms', () => {
  beforeEach(() => sessionStorage.clear());

  it('answers in the questionnaire’s own valueCoding form; read back to the same scores', async () => {
    const coded = codingQuestionnaire();
    const el = await mount(
      html`<lt-sdq-form
        subject="Patient/test"
        layout="list"
        .questionnaire=${coded}
      ></lt-sdq-form>`,
    );
    for (let item = 1; item <= 25; item++) await answer(el, item, item % 3);
    await answer(el, 26, 2);
    for (const item of [27, 28, 29, 30, 31, 32, 33]) await answer(el, item, 3);
    const result = await send(el);
    const first = result.questionnaireResponse.item as { linkId: string; answer: unknown[] }[];
    expect(first[0]).to.deep.equal({
      linkId: '1friendly',
      answer: [
        { valueCoding: { system: 'urn:example:sdq-answer', code: 'a1', display: 'Kode 1' } },
      ],
    });
    expect(result.questionnaireResponse.questionnaire).to.equal(`${coded.url}|1`);
    const back = readSdqResponse(coded, result.questionnaireResponse);
    expect(back.issues).to.deep.equal([]);
    expect(scoreSdq(back.answers, 'parent')).to.deep.equal(result.scores);
    expect(result.scores.impact).to.equal(10);
  });

  it('teacher: no home or leisure questions, impact 0-6', async () => {
    const el = await mount(
      html`<lt-sdq-form
        subject="Patient/test"
        layout="list"
        informant="teacher"
        .questionnaire=${q}
      ></lt-sdq-form>`,
    );
    await answer(el, 26, 3);
    expect(
      $$(el, 'fieldset')
        .map((f) => f.id)
        .slice(25),
    ).to.deep.equal(['q-26', 'q-27', 'q-28', 'q-30', 'q-31', 'q-33']);
    await answerAll(el, 1);
    await answer(el, 26, 3);
    for (const item of [27, 28, 30, 31, 33]) await answer(el, item, 3);
    const result = await send(el);
    expect(result.informant).to.equal('teacher');
    expect(result.scores.impact).to.equal(6);
  });

  it('drops impact answers when the overall answer turns to "no difficulties"', async () => {
    const el = await mount(
      html`<lt-sdq-form subject="Patient/test" layout="list" .questionnaire=${q}></lt-sdq-form>`,
    );
    await answerAll(el, 0);
    await answer(el, 26, 2);
    await answer(el, 28, 3);
    await answer(el, 26, 0);
    expect($$(el, '#q-28').length).to.equal(0);
    const result = await send(el);
    const linkIds = (result.questionnaireResponse.item as { linkId: string }[]).map(
      (i) => i.linkId,
    );
    expect(linkIds).not.to.include('28difficultiesUnhappy');
    expect(result.scores.impact).to.equal(0);
  });

  it('with a birth date under 11 the self-report is refused, never swapped; from 11 it starts', async () => {
    const young = await mount(
      html`<lt-sdq-form
        subject="Patient/test"
        informant="self"
        birth-date="2020-01-01"
        .questionnaire=${q}
      ></lt-sdq-form>`,
    );
    expect($(young, '.problem').textContent).to.contain('under 11 år');
    expect($$(young, 'fieldset').length).to.equal(0);
    const older = await mount(
      html`<lt-sdq-form
        subject="Patient/test"
        informant="self"
        age="11"
        .questionnaire=${q}
      ></lt-sdq-form>`,
    );
    expect($$(older, 'fieldset').length).to.be.greaterThan(0);
    expect($$(older, '.problem').length).to.equal(0);
  });

  it('a follow-up with a questionnaire lacking the follow-up questions is refused, naming them', async () => {
    const el = document.createElement('lt-sdq-form');
    el.subject = 'Patient/test';
    const fired = oneEvent(el, 'lt-data-error');
    el.followUp = true;
    el.questionnaire = q;
    document.body.append(el);
    const event = await fired;
    expect(event.detail.issues[0]!.message).to.contain('fu1').and.contain('fu2');
    expect($(el, '.problem').textContent).to.contain('Follow-up questions missing');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('sends a partly answered form, listing the unanswered items and null scores', async () => {
    const el = await mount(
      html`<lt-sdq-form subject="Patient/test" layout="list" .questionnaire=${q}></lt-sdq-form>`,
    );
    // Emotional items 3, 8, 13 only: emotional prorated (3 of 5), everything else missing.
    for (const item of [3, 8, 13]) await answer(el, item, 2);
    await click(el, 'Se svarene igen');
    expect(el.shadowRoot!.textContent).to.contain('kan vi ikke beregne');
    expect($$(el, 'li button').length).to.equal(23);
    await click(el, 'Gå tilbage');
    const result = await send(el);
    expect(result.scores.emotional).to.equal(10);
    expect(result.scores.totalDifficulties).to.equal(null);
    expect(result.missingItems).to.have.length(22);
    expect(result.observations).to.have.length(1);
  });

  it('comes back on the same screen after a reload in paged mode', async () => {
    const first = await mount(
      html`<lt-sdq-form subject="Patient/test" layout="paged" .questionnaire=${q}></lt-sdq-form>`,
    );
    await answer(first, 1, 0);
    await click(first, 'Næste');
    await answer(first, 2, 2);
    await click(first, 'Næste');
    first.remove();
    const second = await mount(
      html`<lt-sdq-form subject="Patient/test" layout="paged" .questionnaire=${q}></lt-sdq-form>`,
    );
    await waitUntil(
      () => $(second, '.progress').textContent!.includes('Spørgsmål 3 af 26'),
      'draft restored',
    );
    await click(second, 'Tilbage');
    expect($$<HTMLInputElement>(second, '#q-2 input')[2]!.checked).to.equal(true);
    await expect(second).to.be.accessible();
  });

  it('the placeholder questionnaire is a valid SDQ and says it is a placeholder', () => {
    const { issues, questions } = sdqQuestions(placeholderQuestionnaire({ followUp: true }));
    expect(issues).to.deep.equal([]);
    expect(questions).to.have.length(35);
    expect(placeholderQuestionnaire().title).to.match(/PLACEHOLDER/);
    expect(questions.every((x) => /pladsholder/.test(x.text))).to.equal(true);
  });
});

describe('<lt-sdq-form> sending', () => {
  beforeEach(() => sessionStorage.clear());

  it('a host that refuses (preventDefault, no answer) keeps the answers and offers no retry', async () => {
    const el = await mount(
      html`<lt-sdq-form subject="Patient/test" layout="list" .questionnaire=${q}></lt-sdq-form>`,
    );
    await answerAll(el);
    el.addEventListener('lt-sdq-submit', (e) => e.preventDefault());
    await click(el, 'Se svarene igen');
    await click(el, 'Send');
    await waitUntil(() => el.shadowRoot!.querySelector('.problem'), 'refusal shown');
    expect($(el, '.problem').textContent).to.contain('Kontakt kommunen');
    expect($$(el, 'button').some((b) => b.textContent!.includes('Prøv igen'))).to.equal(false);
    await expect(el).to.be.accessible();
    await click(el, 'Tilbage');
    expect($$<HTMLInputElement>(el, '#q-1 input')[1]!.checked).to.equal(true);
    expect(sessionStorage.length).to.equal(1);
  });

  it('sends once however often Send is pressed while sending', async () => {
    const el = await mount(
      html`<lt-sdq-form subject="Patient/test" layout="list" .questionnaire=${q}></lt-sdq-form>`,
    );
    await answerAll(el);
    let asked = 0;
    let answer: (r: { reference: string }) => void = () => {};
    el.addEventListener('lt-sdq-submit', (e) => {
      asked++;
      e.detail.respondWith(new Promise((resolve) => (answer = resolve)));
    });
    await click(el, 'Se svarene igen');
    await click(el, 'Send');
    await click(el, 'Sender');
    await click(el, 'Sender');
    expect($(el, '.actions button').getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    answer({ reference: 'SDQ-8' });
    // The thank-you comes with the finish chunks; a loaded machine needs more than 1 s.
    await waitUntil(() => $(el, 'h2').textContent === 'Tak for dine svar', 'sent', {
      timeout: 5000,
    });
    expect(asked).to.equal(1);
  });
});
