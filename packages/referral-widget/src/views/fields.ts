import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FirstStrings } from '../i18n/index.js';
import type { ErrorCode, FieldError } from '../logic/validators.js';

/**
 * Native controls with real labels, hints and the DKFDS inline error ("Fejl:" hidden
 * prefix), wired with aria-describedby and aria-invalid. Every value renders as text.
 */
export interface FieldContext {
  readonly t: FirstStrings;
  readonly errors: readonly FieldError[];
}

export function errorText(t: FirstStrings, error: FieldError): string {
  const messages: Record<ErrorCode, string> = {
    required: t.errRequired,
    'too-long': t.errTooLong(error.max ?? 0),
    'role-required': t.errRoleRequired,
    'agree-required': t.errAgreeRequired,
    'date-invalid': t.errDateInvalid,
    'date-future': t.errDateFuture,
    'age-out-of-range': t.errAgeOutOfRange,
    'municipality-required': t.errMunicipalityRequired,
    'cpr-format': t.errCprFormat,
    'cpr-date': t.errCprDate,
    'cpr-mismatch': t.errCprMismatch,
    'hard-required': t.errHardRequired,
    'safety-required': t.errSafetyRequired,
    'reach-required': t.errReachRequired,
    'phone-invalid': t.errPhoneInvalid,
    'email-invalid': t.errEmailInvalid,
    'holder-name-required': t.errHolderNameRequired,
  };
  return messages[error.code];
}

function errorOf(ctx: FieldContext, id: string): FieldError | undefined {
  return ctx.errors.find((e) => e.field === id);
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

function inlineError(ctx: FieldContext, id: string): TemplateResult | typeof nothing {
  const error = errorOf(ctx, id);
  if (!error) return nothing;
  return html`<p class="lt-error-message" id="${id}-error">
    <span class="lt-visually-hidden">${ctx.t.errorPrefix}</span> ${errorText(ctx.t, error)}
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

interface GroupOptions {
  readonly id: string;
  readonly legend: string;
  readonly options: readonly ChoiceOption[];
  readonly hint?: string;
  readonly optional?: boolean;
  /** Rendered after the options, inside the group (e.g. the crisis box). */
  readonly after?: TemplateResult | typeof nothing;
  readonly inline?: boolean;
}

function group(
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
