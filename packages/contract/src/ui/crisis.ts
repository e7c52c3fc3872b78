import { html, css, type TemplateResult } from 'lit';
import type { CrisisContact } from '../schemas/common.js';
import type { Locale } from '../i18n/locale.js';

/**
 * The crisis contacts shown wherever a child may be in acute danger, so that nobody meets
 * only a 14-day queue. Hosts replace the list (e.g. to add their region's acute
 * psychiatric service with its exact number); the defaults name only national lines whose
 * numbers are certain, and send regional acute help through the GP or out-of-hours doctor.
 */
export function defaultCrisisContacts(locale: Locale): CrisisContact[] {
  const da = locale === 'da';
  return [
    {
      name: da ? 'Ring 112 ved livsfare' : 'Call 112 if a life is in danger',
      phone: '112',
      description: da ? 'Alarmcentralen. Altid åben.' : 'Emergency services. Always open.',
    },
    {
      name: 'Livslinien',
      phone: '70 201 201',
      url: 'https://www.livslinien.dk',
      description: da
        ? 'Hvis du har tanker om at tage dit liv, eller er bekymret for en anden. Anonym rådgivning.'
        : 'If you think about ending your life, or worry about someone else. Anonymous.',
    },
    {
      name: 'BørneTelefonen',
      phone: '116 111',
      url: 'https://bornetelefonen.dk',
      description: da
        ? 'For børn og unge. Gratis og anonymt.'
        : 'For children and young people. Free and anonymous.',
    },
    {
      name: da ? 'Akut psykiatrisk hjælp i din region' : "Your region's acute psychiatric help",
      description: da
        ? 'Ring til din egen læge, eller til lægevagten uden for åbningstid (i Region Hovedstaden: 1813). De kan sende jer videre til børne- og ungdomspsykiatrien med det samme.'
        : 'Call your own doctor, or the out-of-hours doctor when they are closed (in the Capital Region: 1813). They can send you on to child and adolescent psychiatry at once.',
    },
  ];
}

export const crisisStyles = css`
  .lt-crisis {
    border: 3px solid var(--_lt-text);
    border-inline-start-width: 8px;
    background: var(--_lt-warning-surface);
    padding: calc(var(--_lt-space) * 2);
    border-radius: var(--_lt-radius);
  }
  .lt-crisis h2,
  .lt-crisis h3 {
    margin-block: 0 var(--_lt-space);
    font-size: 1.125rem;
  }
  .lt-crisis ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .lt-crisis li + li {
    margin-top: var(--_lt-space);
  }
  .lt-crisis a[href^='tel:'] {
    font-weight: 700;
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .lt-crisis {
      border-color: CanvasText;
    }
  }
`;

/**
 * The crisis box. Phone numbers are `tel:` links so one tap calls; every text renders as
 * text. `headingLevel` lets the widget keep a correct heading outline.
 */
export function renderCrisisBox(options: {
  contacts: readonly CrisisContact[];
  heading: string;
  intro?: string;
  headingLevel?: 2 | 3;
}): TemplateResult {
  const heading =
    options.headingLevel === 3
      ? html`<h3 id="lt-crisis-heading">${options.heading}</h3>`
      : html`<h2 id="lt-crisis-heading">${options.heading}</h2>`;
  return html`<section class="lt-crisis" part="crisis" aria-labelledby="lt-crisis-heading">
    ${heading} ${options.intro ? html`<p>${options.intro}</p>` : null}
    <ul>
      ${options.contacts.map(
        (c) =>
          html`<li>
            <strong>${c.name}</strong>
            ${c.phone ? html` <a href="tel:${c.phone.replace(/[^+0-9]/g, '')}">${c.phone}</a>` : null}
            ${c.description ? html`<br /><span>${c.description}</span>` : null}
            ${c.url ? html`<br /><a href=${c.url} rel="noopener" target="_blank">${new URL(c.url).host}</a>` : null}
          </li>`,
      )}
    </ul>
  </section>`;
}
