import type * as z from 'zod/mini';

/**
 * One event in the contract: its name, when it fires, its detail schema, whether the host
 * may veto it and how the host answers. The registry of these feeds validation at dispatch
 * time and the generated docs/contract.md.
 */
export interface EventSpec<D = unknown> {
  /** Event name; always starts with `lt-`. */
  readonly name: `lt-${string}`;
  /** Which elements fire it. */
  readonly firedBy: readonly string[];
  /** When it fires, in one or two sentences. */
  readonly when: string;
  /** The detail's schema (fields that are functions, like `respondWith`, are not in it). */
  readonly detail: z.ZodMiniType<D>;
  /** Whether `preventDefault()` means something, and what. */
  readonly cancelable: false | string;
  /** How the host answers, if it does. */
  readonly answer?: string;
}

/**
 * The event every widget dispatches: bubbling and composed so a listener on the element,
 * the document or a framework wrapper sees it, with a typed `detail`. The widgets' class
 * that makes it lives in `@lettilbud/foundations`; this is its shape, for hosts' types.
 */
export interface LtEvent<D> extends Event {
  readonly detail: D;
}

/** Defines an event spec with its detail type inferred from the schema. */
export function defineEvent<S extends z.ZodMiniType>(
  spec: Omit<EventSpec<z.infer<S>>, 'detail'> & { detail: S },
): EventSpec<z.infer<S>> {
  return spec as EventSpec<z.infer<S>>;
}
