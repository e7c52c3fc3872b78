import type * as z from 'zod/mini';
import type * as Zod from './schemas.js';
import type { Checker } from './program.js';

/**
 * The type of each compiled checker, by the name of the zod schema it was compiled from (the
 * generated groups' `build()` return these). `AnyJson` and `AnyJsonArray` check only that an
 * answer is JSON: the widget checks what it holds itself, after adapting it.
 */
export type Checks = { [K in keyof typeof Zod]: Checker<z.output<(typeof Zod)[K]>> } & {
  AnyJson: Checker<unknown>;
  AnyJsonArray: Checker<unknown[]>;
};
