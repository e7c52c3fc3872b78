import { html, css, type TemplateResult } from 'lit';
import type { CrisisContact } from '@lettilbud/contract';
import type { Locale } from '../i18n/locale.js';

/**
 * The crisis contacts shown wherever a child may be in acute danger, so that nobody meets
 * only a 14-day queue. Hosts replace the list (e.g. to add their region's acute
 * psychiatric service with its exact number, tagged with `regions`); the defaults name only
 * national lines whose numbers are certain, and send regional acute help through the GP or
 * out-of-hours doctor without a number: the product holds no sourced regional number, and a
 * wrong region's number sends a family in crisis to a line that cannot help them.
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
        ? 'Ring til din egen læge. Når lægen har lukket, så ring til lægevagten eller akuttelefonen i din region. De kan sende dig videre til børne- og ungdomspsykiatrien med det samme.'
        : 'Call your own doctor. When the doctor is closed, call the out-of-hours doctor or medical helpline in your region. They can send you on to child and adolescent psychiatry at once.',
    },
  ];
}

/**
 * The contacts a family may see: a contact tagged with `regions` only when the family's
 * region (`municipalityByCode(code)?.regionCode`) is one of them. With no region known every
 * regional contact is left out: the untagged guidance still shows. Takes the region, not the
 * municipality, so a widget that never knows one does not carry the municipality table.
 */
export function crisisContactsFor(
  contacts: readonly CrisisContact[],
  region?: number | null,
): CrisisContact[] {
  return contacts.filter((c) => !c.regions || (region != null && c.regions.includes(region)));
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
 * text. `headingLevel` lets the widget keep a correct heading outline. `region` is the family's
 * DAGI region code, when known: regional contacts show only for their own region
 * (`crisisContactsFor`).
 */
export function renderCrisisBox(options: {
  contacts: readonly CrisisContact[];
  heading: string;
  intro?: string;
  headingLevel?: 2 | 3;
  region?: number | null;
}): TemplateResult {
  const contacts = crisisContactsFor(options.contacts, options.region);
  const heading =
    options.headingLevel === 3
      ? html`<h3 id="lt-crisis-heading">${options.heading}</h3>`
      : html`<h2 id="lt-crisis-heading">${options.heading}</h2>`;
  return html`<section class="lt-crisis" part="crisis" aria-labelledby="lt-crisis-heading">
    ${heading} ${options.intro ? html`<p>${options.intro}</p>` : null}
    <ul>
      ${contacts.map(
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
