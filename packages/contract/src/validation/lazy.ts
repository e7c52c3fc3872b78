/**
 * A module loaded once, on demand, with synchronous access once it is there. Widgets use it
 * to keep code that a first render does not need (the contract's checks, submit-time
 * builders) out of the element's own file: the bundler makes each loader its own chunk.
 */
export interface Lazy<T> {
  /** The module when it has loaded, else undefined (and nothing is started). */
  now(): T | undefined;
  /** Loads the module (once) and resolves with it. */
  load(): Promise<T>;
}

/**
 * `loader` is `() => import('…')`. A load that failed (offline, a deploy in between) is tried
 * again on the next `load()`. Firefox keeps a failed dynamic import failed for the life of the
 * page, whatever the network does, so the retry imports the module's URL (named in the
 * browser's error) with a query that makes it a fresh request; the module's own imports
 * resolve to the same files as before.
 */
export function lazy<T>(loader: () => Promise<T>): Lazy<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  /** The failed module's URL, as the browser's error names it (Firefox, Chromium). */
  let failed: string | undefined;
  let retries = 0;
  return {
    now: () => value,
    load: () =>
      (pending ??= (
        failed
          ? (import(
              /* @vite-ignore */ /* webpackIgnore: true */ `${failed}?retry=${++retries}`
            ) as Promise<T>)
          : loader()
      ).then(
        (loaded) => (value = loaded),
        (error: unknown) => {
          pending = undefined;
          failed ??= /https?:\/\/\S+?\.[jt]s\b/.exec(String(error))?.[0];
          throw error;
        },
      )),
  };
}

type Loaded<T extends readonly Lazy<unknown>[]> = {
  [K in keyof T]: T[K] extends Lazy<infer V> ? V : never;
};

/**
 * One module built from several loaded on demand: `load()` fetches the parts side by side
 * (each once, however many combinations share it, and each retried on its own after a
 * failure) and builds the value once; `now()` builds it synchronously as soon as every part
 * is there, whoever loaded them.
 */
export function combine<const T extends readonly Lazy<unknown>[], R>(
  parts: T,
  build: (...values: Loaded<T>) => R,
): Lazy<R> {
  let value: R | undefined;
  let pending: Promise<R> | undefined;
  const now = (): R | undefined => {
    if (value === undefined) {
      const values = parts.map((part) => part.now());
      if (values.every((v) => v !== undefined)) value = build(...(values as Loaded<T>));
    }
    return value;
  };
  return {
    now,
    load: () =>
      (pending ??= Promise.all(parts.map((part) => part.load())).then(
        (values) => (value ??= build(...(values as Loaded<T>))),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
  };
}
