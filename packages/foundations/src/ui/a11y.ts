import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';

/**
 * Moves focus to a field the way GOV.UK's error summary does: scroll its label or legend
 * into view first, so a sighted keyboard user sees the question and not only the input,
 * then focus without scrolling again. Needed in code because fragment links cannot cross
 * a shadow root.
 */
export function focusField(field: HTMLElement, labelOrLegend?: Element | null): void {
  (labelOrLegend ?? field).scrollIntoView({ block: 'start' });
  field.focus({ preventScroll: true });
}

/**
 * Focuses a heading or container after a step change or a result, making it focusable only
 * for that (tabindex -1), so screen readers start reading at the new content.
 */
export function focusHeading(target: HTMLElement | null | undefined): void {
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}

/**
 * Polite and assertive live regions inside the widget. The regions are rendered empty from
 * the start (a region added together with its text is not read by NVDA or VoiceOver), and
 * a repeated message is cleared first so it is announced again.
 */
export class LiveAnnouncer implements ReactiveController {
  #polite = '';
  #assertive = '';
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Announces a message; `assertive` only for what must interrupt (errors, crisis help). */
  announce(message: string, politeness: 'polite' | 'assertive' = 'polite'): void {
    const set = (text: string) => {
      if (politeness === 'polite') this.#polite = text;
      else this.#assertive = text;
      this.#host.requestUpdate();
    };
    set('');
    void this.#host.updateComplete.then(() => setTimeout(() => set(message), 50));
  }

  /** The regions; render once, anywhere in the widget's template. */
  render(): TemplateResult {
    return html`<div class="lt-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this.#polite}
      </div>
      <div class="lt-visually-hidden" role="alert" aria-live="assertive" aria-atomic="true">
        ${this.#assertive}
      </div>`;
  }
}
