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

/**
 * Starts loading on-demand modules the first time the user focuses or touches an element
 * (the moment a form or a finder is about to be used), so that what the first render left
 * out is there by the time it is needed. One listener pair per call, removed after use;
 * modules already loaded are not fetched again.
 */
export function prefetchOnFirstUse(element: HTMLElement, ...modules: Lazy<unknown>[]): void {
  const pending = modules.filter((m) => !m.now());
  if (!pending.length) return;
  const load = (): void => {
    element.removeEventListener('focusin', load);
    element.removeEventListener('pointerdown', load);
    for (const m of pending) void m.load().catch(() => undefined);
  };
  element.addEventListener('focusin', load);
  element.addEventListener('pointerdown', load);
}
