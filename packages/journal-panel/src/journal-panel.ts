import { html } from 'lit';
import { LtElement, baseStyles, strings, tokens } from '@lettilbud/contract';

const catalogs = {
  da: { title: 'Forløb' },
  en: { title: 'Course' },
};

/**
 * @summary Course
 * @tag lt-journal-panel
 * @csspart base - The outer container.
 */
export class LtJournalPanel extends LtElement {
  static override styles = [tokens, baseStyles];

  override render() {
    const t = strings(catalogs, this.localeController.locale);
    return html`<section part="base"><h2>${t.title}</h2></section>`;
  }
}
