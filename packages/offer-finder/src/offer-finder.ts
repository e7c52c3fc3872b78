import { html } from 'lit';
import { LtElement, baseStyles, strings, tokens } from '@lettilbud/contract';

const catalogs = {
  da: { title: 'Find hjælp i din kommune' },
  en: { title: 'Find help in your municipality' },
};

/**
 * @summary Find help in your municipality
 * @tag lt-offer-finder
 * @csspart base - The outer container.
 */
export class LtOfferFinder extends LtElement {
  static override styles = [tokens, baseStyles];

  override render() {
    const t = strings(catalogs, this.localeController.locale);
    return html`<section part="base"><h2>${t.title}</h2></section>`;
  }
}
