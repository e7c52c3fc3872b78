import { html, nothing, type TemplateResult } from 'lit';
import { focusField, renderCrisisBox } from '@lettilbud/foundations';
import type { FirstStrings } from '../i18n/index.js';
import { STEPS, type StepId } from '../logic/form.js';
import type { FieldError } from '../logic/validators.js';
import type { StepContext } from './context.js';

/** The parts around a step: progress, the error summary, the "delete what I wrote" action. */

export function progress(
  t: FirstStrings,
  step: StepId,
  title: (s: StepId) => string,
): TemplateResult {
  const current = STEPS.indexOf(step);
  return html`<ol class="progress" part="progress" aria-label=${t.progressLabel}>
    ${STEPS.map(
      (s, i) =>
        html`<li
          class=${i < current ? 'done' : i === current ? 'current' : ''}
          aria-current=${i === current ? 'step' : 'false'}
        >
          ${title(s)}
        </li>`,
    )}
  </ol>`;
}

/**
 * GOV.UK error summary: role=alert, focused when shown; each link focuses its field in code,
 * because a fragment link cannot reach into a shadow root. For a group the first control
 * gets focus and the legend is scrolled into view, so the question is seen, not only a box.
 */
export function errorSummary(
  t: FirstStrings,
  errors: readonly FieldError[],
  message: (error: FieldError) => string,
  root: ParentNode,
): TemplateResult | typeof nothing {
  if (!errors.length) return nothing;
  const focus = (e: Event, id: string) => {
    e.preventDefault();
    const target = root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    if (!target) return;
    if (target instanceof HTMLFieldSetElement) {
      const first = target.querySelector<HTMLInputElement>('input');
      if (first) focusField(first, target.querySelector('legend'));
    } else {
      focusField(target, root.querySelector(`label[for="${CSS.escape(id)}"]`));
    }
  };
  return html`<div
    class="error-summary"
    part="error-summary"
    id="error-summary"
    role="alert"
    tabindex="-1"
    aria-labelledby="error-summary-title"
  >
    <h3 id="error-summary-title">${t.errorSummaryTitle}</h3>
    <ul>
      ${errors.map(
        (error) =>
          html`<li>
            <a href="#${error.field}" @click=${(e: Event) => focus(e, error.field)}
              >${message(error)}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

/**
 * "Brug for hjælp nu?" on every step: a disclosure that opens the crisis box right here, or,
 * when the step already shows one (`elsewhere`), a jump that focuses it. Not a modal: the
 * form stays where it was.
 */
export function helpNow(
  ctx: StepContext,
  o: { open: boolean; elsewhere: boolean; onPress: () => void },
): TemplateResult {
  const { t } = ctx;
  const shown = o.open && !o.elsewhere;
  return html`<div class="help-now">
    <button
      type="button"
      class="link-button"
      id="help-now"
      aria-expanded=${o.elsewhere ? nothing : shown ? 'true' : 'false'}
      @click=${o.onPress}
    >
      ${t.helpNow}
    </button>
    ${
      shown
        ? renderCrisisBox({
            contacts: ctx.crisisContacts,
            heading: t.crisisHeading,
            intro: t.crisisIntro,
            headingLevel: 3,
            region: ctx.region,
          })
        : nothing
    }
  </div>`;
}

export function deleteAction(
  t: FirstStrings,
  o: {
    stored: boolean;
    confirming: boolean;
    ask: () => void;
    confirm: () => void;
    cancel: () => void;
  },
): TemplateResult {
  return html`<div class="delete" part="delete">
    ${o.stored ? html`<p class="lt-hint">${t.draftNote}</p>` : nothing}
    ${
      o.confirming
        ? html`<div role="group" aria-labelledby="delete-question">
            <p id="delete-question"><strong>${t.deleteConfirm}</strong></p>
            <button type="button" class="lt-button danger" id="delete-yes" @click=${o.confirm}>
              ${t.deleteYes}
            </button>
            <button type="button" class="lt-button secondary" id="delete-no" @click=${o.cancel}>
              ${t.deleteNo}
            </button>
          </div>`
        : html`<button type="button" class="link-button" id="delete-draft" @click=${o.ask}>
            ${t.deleteDraft}
          </button>`
    }
  </div>`;
}

/** Next (or Send), Skip on the optional step, Back. Send stays focusable while sending. */
export function actions(
  t: FirstStrings,
  o: {
    step: StepId;
    blocked: boolean;
    sending: boolean;
    onNext: () => void;
    onSend: () => void;
    onSkip: () => void;
    onBack: () => void;
  },
): TemplateResult {
  const primary =
    o.step === 'review'
      ? html`<button
          type="button"
          class="lt-button"
          id="send"
          aria-disabled=${o.sending ? 'true' : 'false'}
          @click=${o.onSend}
        >
          ${o.sending ? t.sending : t.send}
        </button>`
      : o.blocked
        ? nothing
        : html`<button type="button" class="lt-button" id="next" @click=${o.onNext}>
            ${t.next}
          </button>`;
  return html`<div class="actions">
    ${primary}
    ${
      o.step === 'more'
        ? html`<button type="button" class="lt-button secondary" id="skip" @click=${o.onSkip}>
            ${t.skip}
          </button>`
        : nothing
    }
    ${
      o.step !== 'who'
        ? html`<button type="button" class="lt-button secondary" id="back" @click=${o.onBack}>
            ${t.back}
          </button>`
        : nothing
    }
  </div>`;
}

/**
 * Said at once on every step when nothing will answer the form (no listener, no endpoint):
 * the family gets the offer's phone, or is told to contact the municipality, instead of
 * finding out when they press Send.
 */
export function unwiredNotice(t: FirstStrings, phone: string | null): TemplateResult {
  return html`<div class="notice unwired" role="status" part="unwired">
    <p><strong>${t.unwiredTitle}</strong> ${t.unwiredBody}</p>
    <p>
      ${
        phone
          ? html`${t.unwiredCall} <a href="tel:${phone.replace(/[^+0-9]/g, '')}">${phone}</a>`
          : t.unwiredNoPhone
      }
    </p>
  </div>`;
}
