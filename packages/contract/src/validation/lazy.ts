/**
 * A module loaded once, on demand, with synchronous access once it is there. Widgets use it
 * to keep code that a first render does not need (the contract's schemas and zod, submit-time
 * builders) out of the element's own file: the bundler makes each loader its own chunk.
 */
export interface Lazy<T> {
  /** The module when it has loaded, else undefined (and nothing is started). */
  now(): T | undefined;
  /** Loads the module (once) and resolves with it. */
  load(): Promise<T>;
}

export function lazy<T>(loader: () => Promise<T>): Lazy<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    now: () => value,
    load: () =>
      (pending ??= loader().then(
        (loaded) => (value = loaded),
        (error: unknown) => {
          // A failed chunk load (offline, a deploy in between) may be retried next time.
          pending = undefined;
          throw error;
        },
      )),
  };
}
