import { html, nothing, type TemplateResult } from 'lit';
import { defaultCrisisContacts, renderCrisisBox, type Locale } from '@lettilbud/foundations';
import type { FirstStrings } from './i18n/index.js';

/**
 * The screens before the questions (the self-report's age, a refusal, a form not set up for
 * sending) and the crisis help every screen carries.
 */

/** The self-report asks the young person's age before it starts (no age from the host). */
export function askAgeView(
  t: FirstStrings,
  s: { value: string; invalid: boolean },
  on: { input: (value: string) => void; start: () => void },
): TemplateResult {
  const submit = (e: Event) => {
    e.preventDefault();
    on.start();
  };
  return html`<h2>${t.askAgeTitle}</h2>
    <p>${t.askAgeText}</p>
    <form class="age" novalidate @submit=${submit}>
      <div class="lt-field">
        <label class="lt-label" for="age">${t.ageLabel}</label>
        <span class="lt-hint" id="age-hint">${t.ageHint}</span>
        ${
          s.invalid
            ? html`<p class="lt-error-message" id="age-error">
                <span class="lt-visually-hidden">${t.errorPrefix}</span> ${t.ageError}
              </p>`
            : nothing
        }
        <input
          class="lt-input age-input"
          id="age"
          name="age"
          inputmode="numeric"
          autocomplete="off"
          maxlength="2"
          .value=${s.value}
          aria-invalid=${s.invalid ? 'true' : 'false'}
          aria-describedby=${s.invalid ? 'age-hint age-error' : 'age-hint'}
          @input=${(e: Event) => on.input((e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="actions"><button class="lt-button" type="submit">${t.start}</button></div>
    </form>`;
}

/** The self-report refused for a child under 11, with what the adult can do instead. */
export function tooYoungView(t: FirstStrings): TemplateResult {
  return html`<div class="problem" role="alert">
    <h2>${t.tooYoungTitle}</h2>
    <p>${t.tooYoungText}</p>
    <p>${t.tooYoungAdult}</p>
  </div>`;
}

/** Nothing answers the form (no listener, no endpoint): said at once, above the questions. */
export function unwiredNotice(t: FirstStrings): TemplateResult {
  return html`<div class="problem" role="status" part="unwired">
    <p><strong>${t.unwiredTitle}</strong> ${t.unwiredText}</p>
  </div>`;
}

/** No subject to send the answers about: said before anyone starts, not at the end. */
export function notSetUpView(t: FirstStrings): TemplateResult {
  return html`<div class="problem" role="alert">
    <h2>${t.notSetUpTitle}</h2>
    <p>${t.notSetUpText}</p>
  </div>`;
}

/**
 * "Brug for hjælp nu?" on every screen: a native disclosure (keyboard and screen readers
 * know it; it works with the form's chunks unloaded or offline), opening the contract's
 * crisis box. The form does not know the family's municipality, so no regional contact.
 */
export function crisisHelpView(t: FirstStrings, locale: Locale): TemplateResult {
  return html`<details class="crisis-help" part="crisis-help">
    <summary>${t.crisisLink}</summary>
    ${renderCrisisBox({
      contacts: defaultCrisisContacts(locale),
      heading: t.crisisHeading,
      intro: t.crisisIntro,
      headingLevel: 3,
    })}
  </details>`;
}
