/**
 * Plain checks for attribute values, so an element can check what a web editor typed
 * without loading the contract's schemas: each is a type guard the element's `checked()`
 * takes. Documents and event details are checked with the checks compiled from the zod schemas (see `checks.ts`).
 */
export type Guard<T> = (value: unknown) => value is T;

/** One of the listed strings. */
export const oneOf =
  <const T extends string>(values: readonly T[]): Guard<T> =>
  (value): value is T =>
    (values as readonly unknown[]).includes(value);

/** A whole number from min to max. */
export const intIn =
  (min: number, max: number): Guard<number> =>
  (value): value is number =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** A finite number above zero. */
export const positive: Guard<number> = (value): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;

/** A string matching the pattern. */
export const matches =
  (pattern: RegExp): Guard<string> =>
  (value): value is string =>
    typeof value === 'string' && pattern.test(value);

/** An array whose every item passes the guard. */
export const arrayOf =
  <T>(item: Guard<T>): Guard<T[]> =>
  (value): value is T[] =>
    Array.isArray(value) && value.every(item);

/** Nothing passes: for a value whose only valid forms were handled before the check. */
export const never: Guard<never> = (_value): _value is never => false;

/** A string. */
export const isString: Guard<string> = (value): value is string => typeof value === 'string';

/** A plain object whose every value passes the guard (a lookup table). */
export const recordOf =
  <T>(item: Guard<T>): Guard<Record<string, T>> =>
  (value): value is Record<string, T> =>
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every(item);
