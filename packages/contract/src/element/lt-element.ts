import { LitElement } from 'lit';
import { LtEvent } from '../events/event.js';
import type { EventKey } from '../events/keys.js';
import { LocaleController } from '../i18n/locale.js';
import type { Guard } from '../validation/guards.js';
import type { Checker } from '../validation/program.js';
import { prefetchOnFirstUse } from '../validation/lazy.js';
import { contractSchemas, type ContractSchemas } from '../validation/contract-schemas.js';

/** Picks a checker out of the contract's on-demand checks module. */
export type SchemaPick<T> = (schemas: ContractSchemas) => Checker<T>;

/**
 * Base class of every Lettilbud element: a guarded `define()`, a typed and validated
 * `emit()`, the shared locale, and one clear warning for a wrong attribute value.
 *
 * The contract's checks (compiled from the zod schemas, no zod) are not part of an element's
 * first render: they load as their own chunk the first time the user focuses or touches the element, or when something needs
 * them (a host's document, an event to send).
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

  override connectedCallback(): void {
    super.connectedCallback();
    prefetchOnFirstUse(this, contractSchemas);
  }

  /**
   * Validates the detail against the event's contract schema, then dispatches it: at once
   * when the schemas are loaded (the usual case: they load on the first focus or touch),
   * otherwise as soon as they are. An invalid detail is a bug in the widget: it is reported
   * (paths only, never values) and not sent. Resolves to false when not sent or when a
   * cancelable event was cancelled.
   */
  protected emit<D>(key: EventKey<D>, detail: D): Promise<boolean> {
    const sent = this.emitNow(key, detail);
    if (sent !== undefined) return Promise.resolve(sent);
    return contractSchemas.load().then(
      () => this.emitNow(key, detail) ?? false,
      () => {
        console.error(`<${this.localName}>: ${key.name} not sent, the contract could not load`);
        return false;
      },
    );
  }

  /**
   * `emit()` for a moment that cannot wait (deciding whether a link may open): dispatches
   * synchronously and returns whether it was sent and not cancelled, or undefined (nothing
   * sent) when the schemas have not loaded yet.
   */
  protected emitNow<D>(key: EventKey<D>, detail: D): boolean | undefined {
    const schemas = contractSchemas.now();
    if (!schemas) return undefined;
    const schema = schemas.eventSchema(key.name);
    const parsed = schema?.safeParse(detail);
    if (!parsed?.success) {
      console.error(
        `<${this.localName}>: ${key.name} not sent, its detail breaks the contract: ${parsed ? schemas.formatIssues(parsed.error) : 'unknown event'}`,
      );
      return false;
    }
    return this.dispatchEvent(new LtEvent(key.name, parsed.data, { cancelable: key.cancelable }));
  }

  /**
   * Checks an attribute or property value; on a wrong value warns once (naming the element,
   * the attribute and what was expected, never the value, which may be personal data) and
   * returns the fallback, so the widget never renders half-broken.
   */
  protected checked<T>(
    attribute: string,
    value: unknown,
    guard: Guard<T>,
    fallback: T,
    expected: string,
  ): T {
    if (value === undefined || value === null) return fallback;
    if (guard(value)) return value;
    this.#warn(attribute, expected);
    return fallback;
  }

  /**
   * `checked()` for a structured property (a list of crisis contacts, a prefill) whose schema
   * lives in the contract: validated at once when the schemas are loaded; otherwise the
   * fallback is used while they load, and the element renders again when they have.
   */
  protected checkedDocument<T>(
    attribute: string,
    value: unknown,
    pick: SchemaPick<T>,
    fallback: T,
    expected: string,
  ): T {
    if (value === undefined || value === null) return fallback;
    const schemas = contractSchemas.now();
    if (!schemas) {
      void contractSchemas.load().then(
        () => this.requestUpdate(),
        () => undefined,
      );
      return fallback;
    }
    const parsed = pick(schemas).safeParse(value);
    if (parsed.success) return parsed.data;
    this.#warn(attribute, expected);
    return fallback;
  }

  #warn(attribute: string, expected: string): void {
    if (this.#warned.has(attribute)) return;
    this.#warned.add(attribute);
    console.warn(
      `<${this.localName}>: ignored ${attribute}: expected ${expected}. Using the default.`,
    );
  }
}
