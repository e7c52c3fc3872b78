import { html, nothing, type TemplateResult } from 'lit';
import type { FieldProblem } from './problems.js';

/**
 * The form's controls, GOV.UK/DKFDS style: a real label, an optional hint, and the problem
 * (prefixed with a hidden "Fejl:", as DKFDS does) between them and the control, all tied to
 * the control with aria-describedby; aria-invalid only while there is a problem.
 */
export interface TextFieldOptions {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  problem?: FieldProblem | undefined;
  type?: 'text' | 'email' | 'url' | 'tel' | 'date';
  width?: 'short' | 'medium';
  multiline?: boolean;
}

const describedBy = (id: string, hint: boolean, problem: boolean) =>
  [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;

export function errorMessage(id: string, problem: FieldProblem | undefined) {
  return problem
    ? html`<p class="error-message" id="${id}-error">
        <span class="visually-hidden">Fejl:</span> ${problem.message}
      </p>`
    : nothing;
}

export function textField(o: TextFieldOptions): TemplateResult {
  const input = (e: Event) => o.onInput((e.target as HTMLInputElement).value);
  const described = describedBy(o.id, Boolean(o.hint), Boolean(o.problem));
  return html`<div class="field ${o.problem ? 'field-error' : ''}">
    <label for=${o.id}>${o.label}</label>
    ${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : nothing}
    ${errorMessage(o.id, o.problem)}
    ${
      o.multiline
        ? html`<textarea
            id=${o.id}
            .value=${o.value}
            aria-describedby=${described}
            aria-invalid=${o.problem ? 'true' : nothing}
            @input=${input}
          ></textarea>`
        : html`<input
            id=${o.id}
            class=${o.width ?? nothing}
            type=${o.type ?? 'text'}
            autocomplete="off"
            spellcheck=${o.type && o.type !== 'text' ? 'false' : nothing}
            .value=${o.value}
            aria-describedby=${described}
            aria-invalid=${o.problem ? 'true' : nothing}
            @input=${input}
          />`
    }
  </div>`;
}

export interface ChoiceOptions<T extends string> {
  /** The id of the group's first control (what the error summary focuses). */
  id: string;
  legend: string;
  choices: readonly { value: T; label: string }[];
  checked: readonly T[];
  onChange: (checked: T[]) => void;
  hint?: string;
  problem?: FieldProblem | undefined;
  /** Radios (one choice) instead of checkboxes. */
  single?: boolean;
}

export function choiceField<T extends string>(o: ChoiceOptions<T>): TemplateResult {
  const name = `${o.id}-group`;
  const toggle = (value: T, on: boolean) =>
    o.onChange(
      o.single
        ? [value]
        : o.choices.map((c) => c.value).filter((v) => (v === value ? on : o.checked.includes(v))),
    );
  return html`<fieldset
    class="field ${o.problem ? 'field-error' : ''}"
    aria-describedby=${describedBy(o.id, Boolean(o.hint), Boolean(o.problem))}
  >
    <legend>${o.legend}</legend>
    ${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : nothing}
    ${errorMessage(o.id, o.problem)}
    <div class="choices">
      ${o.choices.map(
        (c, i) =>
          html`<label class="choice"
            ><input
              type=${o.single ? 'radio' : 'checkbox'}
              id=${i === 0 ? o.id : `${o.id}-${i}`}
              name=${name}
              .checked=${o.checked.includes(c.value)}
              @change=${(e: Event) => toggle(c.value, (e.target as HTMLInputElement).checked)}
            />
            ${c.label}</label
          >`,
      )}
    </div>
  </fieldset>`;
}

/** The GOV.UK error summary: a heading and one link per problem, focused on "Hent feed". */
export function errorSummary(
  problems: readonly FieldProblem[],
  follow: (problem: FieldProblem, event: Event) => void,
): TemplateResult {
  return html`<div
    class="error-summary"
    id="fe-summary"
    tabindex="-1"
    aria-labelledby="fe-summary-title"
  >
    <div role="alert">
      <h2 id="fe-summary-title">Der er noget, der skal rettes</h2>
      <ul>
        ${problems.map(
          (p) =>
            html`<li>
              ${
                p.fieldId
                  ? html`<a href="#${p.fieldId}" @click=${(e: Event) => follow(p, e)}
                      >${p.summary}</a
                    >`
                  : p.summary
              }
            </li>`,
        )}
      </ul>
    </div>
  </div>`;
}
