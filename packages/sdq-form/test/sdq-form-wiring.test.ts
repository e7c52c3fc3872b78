import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { WIRING_GRACE_MS } from '@lettilbud/foundations';
import '../src/define.js';
import { placeholderQuestionnaire } from '../src/demo/placeholder-questionnaire.js';
import type { LtSdqForm } from '../src/sdq-form.js';

const text = (el: LtSdqForm) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<lt-sdq-form> missing its wiring', () => {
  it('with no questionnaire and no src, says at once it is not set up and tells the host', async () => {
    const errors = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('lt-data-error', (e) => resolve(e as CustomEvent), { once: true }),
    );
    const el = await fixture<LtSdqForm>(html`<lt-sdq-form subject="Patient/demo"></lt-sdq-form>`);
    const event = await errors;
    expect(event.detail).to.deep.include({ source: 'questionnaire', kind: 'no-handler' });
    expect(event.detail.issues[0].path).to.equal('questionnaire');
    await el.updateComplete;
    expect(text(el)).to.contain('Skemaet er ikke klar endnu');
    expect(text(el)).not.to.contain('Henter');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('a questionnaire given right after attaching is used, with no error', async () => {
    let fired = false;
    const listener = () => (fired = true);
    document.addEventListener('lt-data-error', listener);
    try {
      const el = document.createElement('lt-sdq-form') as LtSdqForm;
      el.setAttribute('subject', 'Patient/demo');
      document.body.append(el);
      el.questionnaire = placeholderQuestionnaire();
      await waitUntil(() => el.shadowRoot?.querySelectorAll('fieldset').length, 'no questions');
      await new Promise((r) => setTimeout(r, 50));
      expect(fired).to.equal(false);
      el.remove();
    } finally {
      document.removeEventListener('lt-data-error', listener);
    }
  });

  it('recovers when the host sets the questionnaire later', async () => {
    const el = await fixture<LtSdqForm>(html`<lt-sdq-form subject="Patient/demo"></lt-sdq-form>`);
    await oneEvent(el, 'lt-data-error');
    el.questionnaire = placeholderQuestionnaire();
    await waitUntil(() => el.shadowRoot?.querySelectorAll('fieldset').length, 'no questions');
    expect(text(el)).not.to.contain('Skemaet er ikke klar endnu');
  });
});

const settle = () => new Promise((r) => setTimeout(r, WIRING_GRACE_MS + 100));
/** The form with a questionnaire and a subject, and nothing to answer it. */
const mountForm = () =>
  fixture<LtSdqForm>(
    html`<lt-sdq-form
      subject="Patient/x"
      storage="none"
      .questionnaire=${placeholderQuestionnaire()}
    ></lt-sdq-form>`,
  );
const notice = (el: LtSdqForm) => el.shadowRoot!.querySelector('[part="unwired"]');

describe('<lt-sdq-form> with nothing to answer it', () => {
  let warned: string[];
  const original = console.warn;
  beforeEach(() => {
    warned = [];
    console.warn = (...args: unknown[]) => warned.push(args.join(' '));
  });
  afterEach(() => (console.warn = original));

  it('with no listener and no endpoint, says before the first question that it cannot send; warns once', async () => {
    const el = await mountForm();
    await settle();
    await waitUntil(() => notice(el), 'the notice');
    expect(notice(el)!.getAttribute('role')).to.equal('status');
    expect(notice(el)!.textContent).to.include('Skemaet kan ikke sende endnu.');
    expect(el.shadowRoot!.querySelector('input[type=radio]'), 'the questions stay').to.not.equal(
      null,
    );
    expect(warned.filter((w) => w.includes('nothing answers lt-sdq-submit'))).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  for (const [name, attrs] of [
    ['an endpoint', { endpoint: '/api/sdq' }],
    ['host-listens', { 'host-listens': '' }],
  ] as const)
    it(`with ${name}, says nothing`, async () => {
      const el = await mountForm();
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      await settle();
      await el.updateComplete;
      expect(notice(el)).to.equal(null);
      expect(warned.join(' ')).to.not.include('nothing answers');
    });

  it('a listener on the element, even attached late, clears it', async () => {
    const el = await mountForm();
    await settle();
    await waitUntil(() => notice(el), 'the notice');
    el.addEventListener('lt-sdq-submit', () => {});
    await waitUntil(() => !notice(el), 'the notice gone');
  });
});
