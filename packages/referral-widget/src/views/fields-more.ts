import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  describedBy,
  errorOf,
  group,
  inlineError,
  radioGroup,
  type ChoiceOption,
  type FieldContext,
  type GroupOptions,
} from './fields.js';

// The fields only the later steps use (their own chunk, with views/later.ts).

export function checkboxGroup<V extends string>(
  ctx: FieldContext,
  o: GroupOptions & { readonly values: readonly V[]; readonly onChange: (values: V[]) => void },
): TemplateResult {
  return group(
    ctx,
    o,
    'checkbox',
    (v) => o.values.includes(v as V),
    (v, checked) => o.onChange(checked ? [...o.values, v as V] : o.values.filter((x) => x !== v)),
  );
}

/** Yes/no as two radios; '' is unanswered. */
export function yesNo(
  ctx: FieldContext,
  o: {
    id: string;
    legend: string;
    value: string;
    onChange: (v: 'yes' | 'no') => void;
    optional?: boolean;
  },
): TemplateResult {
  return radioGroup(ctx, {
    id: o.id,
    legend: o.legend,
    optional: o.optional ?? true,
    inline: true,
    options: [
      { value: 'yes', label: ctx.t.yes },
      { value: 'no', label: ctx.t.no },
    ],
    value: o.value,
    onChange: (v) => o.onChange(v === 'yes' ? 'yes' : 'no'),
  });
}

/** A native select: the most robust accessible picker for 98 municipalities. */
export function selectField(
  ctx: FieldContext,
  o: {
    id: string;
    label: string;
    hint?: string;
    placeholder: string;
    options: readonly ChoiceOption[];
    value: string;
    onChange: (value: string) => void;
  },
): TemplateResult {
  const error = errorOf(ctx, o.id);
  const ids = describedBy(o.hint && `${o.id}-hint`, error && `${o.id}-error`);
  return html`<div class="lt-field ${error ? 'has-error' : ''}">
    <label class="lt-label" for=${o.id}>${o.label}</label>
    ${o.hint ? html`<span class="lt-hint" id="${o.id}-hint">${o.hint}</span>` : nothing}
    ${inlineError(ctx, o.id)}
    <select
      class="lt-input"
      id=${o.id}
      aria-describedby=${ifDefined(ids)}
      aria-invalid=${error ? 'true' : 'false'}
      @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${o.value === ''}>${o.placeholder}</option>
      ${o.options.map(
        (option) =>
          html`<option .value=${option.value} ?selected=${option.value === o.value}>
            ${option.label}
          </option>`,
      )}
    </select>
  </div>`;
}
