import { html, nothing } from 'lit';
import { CONCERNS, COURSE_FORMATS, type ConcernId } from '@lettilbud/contract';
import { type Locale } from '@lettilbud/foundations';
import type { FinderStrings } from '../i18n/index.js';
import type { Filters } from '../logic/match.js';

/** Ages offered in the age select: the target group 5-17 and a few either side, so that
 * a child outside it is met by the guide rather than by a missing option. */
const AGES = Array.from({ length: 23 }, (_, i) => i + 2);

/**
 * The filters: the child's age, the format, and the concerns (any of them). Ticking self-harm
 * brings the crisis help forward at once, right under the tick: a child who may be in danger
 * must never meet only a course and its queue.
 */
export function filtersView(
  t: FinderStrings,
  locale: Locale,
  f: Filters,
  change: (next: Partial<Filters>) => void,
  toCrisis: (e: Event) => void,
) {
  const value = (e: Event) => (e.target as HTMLSelectElement).value;
  const toggle = (id: ConcernId, on: boolean) =>
    change({ concerns: on ? [...f.concerns, id] : f.concerns.filter((c) => c !== id) });
  return html`<fieldset part="filters">
    <legend>${t.filters}</legend>
    <div class="row">
      <div class="lt-field">
        <label class="lt-label" for="age">${t.ageLabel}</label>
        <select
          id="age"
          class="lt-input"
          @change=${(e: Event) => change({ age: value(e) === '' ? null : Number(value(e)) })}
        >
          <option value="" ?selected=${f.age === null}>${t.ageAny}</option>
          ${AGES.map(
            (n) => html`<option value=${n} ?selected=${f.age === n}>${t.ageYears(n)}</option>`,
          )}
        </select>
      </div>
      <div class="lt-field">
        <label class="lt-label" for="format">${t.formatLabel}</label>
        <select
          id="format"
          class="lt-input"
          @change=${(e: Event) => change({ format: (value(e) || null) as Filters['format'] })}
        >
          <option value="" ?selected=${f.format === null}>${t.formatAny}</option>
          ${COURSE_FORMATS.map(
            (x) => html`<option value=${x} ?selected=${f.format === x}>${t[x]}</option>`,
          )}
        </select>
      </div>
    </div>
    <fieldset>
      <legend>${t.concernsLabel}</legend>
      <div class="checks">
        ${CONCERNS.map(
          (c) =>
            html`<label
              ><input
                type="checkbox"
                .checked=${f.concerns.includes(c.id)}
                @change=${(e: Event) => toggle(c.id, (e.target as HTMLInputElement).checked)}
              /><span>${c[locale]}</span></label
            >`,
        )}
      </div>
      ${
        f.concerns.includes('self-harm')
          ? html`<p class="notice crisis-nudge" part="crisis-nudge">
              ${t.selfHarmNow}
              <a href="#lt-crisis-heading" @click=${toCrisis}>${t.selfHarmLink}</a>
            </p>`
          : nothing
      }
    </fieldset>
  </fieldset>`;
}
