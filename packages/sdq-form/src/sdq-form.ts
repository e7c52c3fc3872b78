import { html } from 'lit';
import { LtElement, baseStyles, strings, tokens } from '@lettilbud/contract';

const catalogs = {
  da: { title: 'Spørgeskema om styrker og vanskeligheder' },
  en: { title: 'Questionnaire on strengths and difficulties' },
};

/**
 * @summary Questionnaire on strengths and difficulties
 * @tag lt-sdq-form
 * @csspart base - The outer container.
 */
export class LtSdqForm extends LtElement {
  static override styles = [tokens, baseStyles];

  override render() {
    const t = strings(catalogs, this.localeController.locale);
    return html`<section part="base"><h2>${t.title}</h2></section>`;
  }
}
