import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
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
