import { LitElement } from 'lit';
import * as z from 'zod/mini';
import { LtEvent, type EventSpec } from '../events/event.js';
import { formatIssues } from '../schemas/validate.js';
import { LocaleController } from '../i18n/locale.js';

/**
 * Base class of every Lettilbud element: a guarded `define()`, a typed and validated
 * `emit()`, the shared locale, and one clear warning for a wrong attribute value.
 */
export class LtElement extends LitElement {
  /**
   * Registers the element unless the tag is taken: two bundles of the same widget on one
   * page (a CMS block plus a theme include) must not throw.
   */
  static define(tag: string): void {
    if (!customElements.get(tag)) customElements.define(tag, this);
  }

  /** The language the widget speaks; follows `lang` on the element, an ancestor or the page. */
  protected readonly localeController = new LocaleController(this);

  readonly #warned = new Set<string>();

  /**
   * Validates the detail against the event's contract schema, then dispatches it. An invalid
   * detail is a bug in the widget: it is reported (paths only, never values) and not sent.
   * Returns false when not sent or when a cancelable event was cancelled.
   */
  protected emit<D>(spec: EventSpec<D>, detail: D): boolean {
    const parsed = spec.detail.safeParse(detail);
    if (!parsed.success) {
      console.error(
        `<${this.localName}>: ${spec.name} not sent, its detail breaks the contract: ${formatIssues(parsed.error)}`,
      );
      return false;
    }
    return this.dispatchEvent(
      new LtEvent(spec.name, parsed.data, { cancelable: spec.cancelable !== false }),
    );
  }

  /**
   * Checks an attribute or property value; on a wrong value warns once (naming the element,
   * the attribute and what was expected, never the value, which may be personal data) and
   * returns the fallback, so the widget never renders half-broken.
   */
  protected checked<T>(
    attribute: string,
    value: unknown,
    schema: z.ZodMiniType<T>,
    fallback: T,
    expected: string,
  ): T {
    if (value === undefined || value === null) return fallback;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    if (!this.#warned.has(attribute)) {
      this.#warned.add(attribute);
      console.warn(
        `<${this.localName}>: ignored ${attribute}: expected ${expected}. Using the default.`,
      );
    }
    return fallback;
  }
}
