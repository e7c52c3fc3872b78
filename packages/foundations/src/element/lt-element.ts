import { LitElement } from 'lit';
import {
  contractSchemas,
  type Checker,
  type ContractSchemas,
  type EventChecks,
  type EventKey,
  type Guard,
  type Lazy,
} from '@lettilbud/contract';
import { LtEvent } from '../events/lt-event.js';
import { LocaleController } from '../i18n/locale.js';
import { prefetchOnFirstUse } from './prefetch.js';

/** How long after the page's load event a widget waits before saying nothing answers it. */
export const WIRING_GRACE_MS = 500;

/** Picks a checker out of the contract's on-demand checks (all of them, or one group). */
export type SchemaPick<T, S = ContractSchemas> = (schemas: S) => Checker<T>;

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
   * What the element checks the events it fires with: all the contract's checks, or a
   * subclass's own group when that group holds every event it fires (the finder's is the
   * offer directory's, the journal panel's the journal case's), so sending an event never
   * fetches checks the widget has no other use for.
   */
  static eventChecks: Lazy<EventChecks> = contractSchemas;

  /** Event types a host listens for on the element itself (first: other fields may listen). */
  readonly #listened = new Set<string>();
  /** Set once the page has had time to attach its listeners (see `unanswered()`). */
  #wiringChecked = false;
  readonly #unansweredWarned = new Set<string>();

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
    prefetchOnFirstUse(this, this.#eventChecks);
    if (!this.#wiringChecked) {
      // Half a second after the page has loaded: a host's own scripts have attached their
      // listeners by then; one attached later still clears the notice (addEventListener).
      const check = () =>
        setTimeout(() => {
          this.#wiringChecked = true;
          this.requestUpdate();
        }, WIRING_GRACE_MS);
      if (document.readyState === 'complete') check();
      else window.addEventListener('load', check, { once: true });
    }
  }

  override addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: HTMLElement, ev: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void {
    if (!this.#listened.has(type)) {
      this.#listened.add(type);
      if (this.#wiringChecked) this.requestUpdate();
    }
    super.addEventListener(type, listener, options);
  }

  /**
   * True when nothing will answer the widget's ask `event` (e.g. `lt-referral-submit`): no
   * `endpoint`, no listener on the element itself, and no `host-listens` attribute (a host
   * that listens further up the page sets it). False until the page has loaded and had half a
   * second to attach its listeners. The first time it is true it warns in the console, so the
   * host developer hears at once, and the widget shows the family another way in, instead of
   * failing when they press Send.
   */
  protected unanswered(event: string, endpoint: string | null, hostListens: boolean): boolean {
    if (!this.#wiringChecked || !this.isConnected || endpoint || hostListens) return false;
    if (this.#listened.has(event)) return false;
    if (!this.#unansweredWarned.has(event)) {
      this.#unansweredWarned.add(event);
      console.warn(
        `<${this.localName}>: nothing answers ${event}: no listener on the element and no endpoint attribute, so it cannot send. Add a listener for ${event} on the element, set endpoint="…", or set host-listens if you listen further up the page. Until then it shows the family another way to get in touch.`,
      );
    }
    return true;
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
    return this.#eventChecks.load().then(
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
    const schemas = this.#eventChecks.now();
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
   * lives in the contract: validated at once when the checks are loaded (`from`: all of them,
   * or the group that holds the schema); otherwise the fallback is used while they load, and
   * the element renders again when they have.
   */
  protected checkedDocument<T, S = ContractSchemas>(
    attribute: string,
    value: unknown,
    pick: SchemaPick<T, S>,
    fallback: T,
    expected: string,
    from: Lazy<S> = contractSchemas as Lazy<S>,
  ): T {
    if (value === undefined || value === null) return fallback;
    const schemas = from.now();
    if (!schemas) {
      void from.load().then(
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

  get #eventChecks(): Lazy<EventChecks> {
    return (this.constructor as typeof LtElement).eventChecks;
  }

  #warn(attribute: string, expected: string): void {
    if (this.#warned.has(attribute)) return;
    this.#warned.add(attribute);
    console.warn(
      `<${this.localName}>: ignored ${attribute}: expected ${expected}. Using the default.`,
    );
  }
}
