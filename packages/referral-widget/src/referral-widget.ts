import { html } from 'lit';
import { LtElement, baseStyles, strings, tokens } from '@lettilbud/contract';

const catalogs = {
  da: { title: 'Kontakt det lettilgængelige tilbud' },
  en: { title: 'Contact the easy-access offer' },
};

/**
 * @summary Contact the easy-access offer
 * @tag lt-referral-widget
 * @csspart base - The outer container.
 */
export class LtReferralWidget extends LtElement {
  static override styles = [tokens, baseStyles];

  override render() {
    const t = strings(catalogs, this.localeController.locale);
    return html`<section part="base"><h2>${t.title}</h2></section>`;
  }
}
