import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FirstStrings } from '../i18n/index.js';
import type { FieldError } from '../logic/validators.js';

/**
 * Native controls with real labels, hints and the DKFDS inline error ("Fejl:" hidden
 * prefix), wired with aria-describedby and aria-invalid. Every value renders as text.
 */
export interface FieldContext {
  readonly t: FirstStrings;
  readonly errors: readonly FieldError[];
  /** An error's message (its strings come with the step checks, in the later steps' chunk). */
  readonly errorMessage: (error: FieldError) => string;
}

export function errorOf(ctx: FieldContext, id: string): FieldError | undefined {
  return ctx.errors.find((e) => e.field === id);
}

export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

export function inlineError(ctx: FieldContext, id: string): TemplateResult | typeof nothing {
  const error = errorOf(ctx, id);
  if (!error) return nothing;
  return html`<p class="lt-error-message" id="${id}-error">
    <span class="lt-visually-hidden">${ctx.t.errorPrefix}</span> ${ctx.errorMessage(error)}
  </p>`;
}

function labelText(ctx: FieldContext, label: string, optional?: boolean) {
  return optional ? html`${label} <span class="optional">${ctx.t.optional}</span>` : label;
}

export interface TextFieldOptions {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly hint?: string;
  readonly optional?: boolean;
  readonly type?: 'text' | 'tel' | 'email';
  readonly autocomplete?: string;
  readonly inputmode?: 'numeric' | 'tel' | 'email' | 'text';
  readonly multiline?: boolean;
  readonly maxlength?: number;
}

export function textField(ctx: FieldContext, o: TextFieldOptions): TemplateResult {
  const error = errorOf(ctx, o.id);
  const ids = describedBy(o.hint && `${o.id}-hint`, error && `${o.id}-error`);
  const onInput = (e: Event) => o.onInput((e.target as HTMLInputElement).value);
  const control = o.multiline
    ? html`<textarea
        class="lt-input"
        id=${o.id}
        rows="6"
        maxlength=${ifDefined(o.maxlength)}
        aria-describedby=${ifDefined(ids)}
        aria-invalid=${error ? 'true' : 'false'}
        .value=${live(o.value)}
        @input=${onInput}
      ></textarea>`
    : html`<input
        class="lt-input"
        id=${o.id}
        type=${o.type ?? 'text'}
        autocomplete=${ifDefined(o.autocomplete)}
        inputmode=${ifDefined(o.inputmode)}
        maxlength=${ifDefined(o.maxlength)}
        aria-describedby=${ifDefined(ids)}
        aria-invalid=${error ? 'true' : 'false'}
        .value=${live(o.value)}
        @input=${onInput}
      />`;
  return html`<div class="lt-field ${error ? 'has-error' : ''}">
    <label class="lt-label" for=${o.id}>${labelText(ctx, o.label, o.optional)}</label>
    ${o.hint ? html`<span class="lt-hint" id="${o.id}-hint">${o.hint}</span>` : nothing}
    ${inlineError(ctx, o.id)} ${control}
  </div>`;
}

export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
}

export interface GroupOptions {
  readonly id: string;
  readonly legend: string;
  readonly options: readonly ChoiceOption[];
  readonly hint?: string;
  readonly optional?: boolean;
  /** Rendered after the options, inside the group (e.g. the crisis box). */
  readonly after?: TemplateResult | typeof nothing;
  readonly inline?: boolean;
}

export function group(
  ctx: FieldContext,
  o: GroupOptions,
  type: 'radio' | 'checkbox',
  isChecked: (value: string) => boolean,
  onChange: (value: string, checked: boolean) => void,
): TemplateResult {
  const error = errorOf(ctx, o.id);
  const ids = describedBy(o.hint && `${o.id}-hint`, error && `${o.id}-error`);
  return html`<fieldset
    class="lt-field group ${o.inline ? 'inline' : ''} ${error ? 'has-error' : ''}"
    id=${o.id}
    aria-describedby=${ifDefined(ids)}
  >
    <legend class="lt-label">${labelText(ctx, o.legend, o.optional)}</legend>
    ${o.hint ? html`<span class="lt-hint" id="${o.id}-hint">${o.hint}</span>` : nothing}
    ${inlineError(ctx, o.id)}
    <div class="choices">
      ${o.options.map(
        (option, i) =>
          html`<div class="choice">
            <input
              type=${type}
              id="${o.id}-${i}"
              name=${o.id}
              .value=${option.value}
              .checked=${live(isChecked(option.value))}
              @change=${(e: Event) =>
                onChange(option.value, (e.target as HTMLInputElement).checked)}
            />
            <label for="${o.id}-${i}">${option.label}</label>
          </div>`,
      )}
    </div>
    ${o.after ?? nothing}
  </fieldset>`;
}

export function radioGroup(
  ctx: FieldContext,
  o: GroupOptions & { readonly value: string; readonly onChange: (value: string) => void },
): TemplateResult {
  return group(
    ctx,
    o,
    'radio',
    (v) => v === o.value,
    (v) => o.onChange(v),
  );
}

/** A single checkbox (a confirmation), with its error. */
export function checkbox(
  ctx: FieldContext,
  o: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void },
): TemplateResult {
  const error = errorOf(ctx, o.id);
  return html`<div class="lt-field ${error ? 'has-error' : ''}">
    ${inlineError(ctx, o.id)}
    <div class="choice">
      <input
        type="checkbox"
        id=${o.id}
        aria-describedby=${ifDefined(error ? `${o.id}-error` : undefined)}
        aria-invalid=${error ? 'true' : 'false'}
        .checked=${live(o.checked)}
        @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked)}
      />
      <label for=${o.id}>${o.label}</label>
    </div>
  </div>`;
}
