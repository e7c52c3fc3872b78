import { RULES, type RuleName } from '../schemas/rules.js';
import { formatIssues, issuesOf, validate } from '../schemas/validate.js';

/**
 * The browser's validator: runs a program that `scripts/compile-checks.mjs` compiled at build
 * time from a zod schema (`generated/*.ts`), with zod 4's semantics (which checks run
 * after which failures, what the output holds, which message each issue gets), and no zod.
 * `test/checks-corpus.test.ts` proves it accepts, outputs and reports exactly what zod does.
 *
 * A program is `[kind, arg, checks, message]`: kind `s` string, `n` number, `b` boolean,
 * `u` unknown, `l` literal and `e` enum (arg: the values), `a` array (arg: the item), `o`
 * object and `O` loose object (arg: the shape), `?` optional and `N` nullable (arg: the inner
 * program), `|` union (arg: the options), `r` record (arg: [key, value]). A check is
 * `[kind, arg, message]`: `re` pattern, `min`/`max` length, `trim`, `int`, `>=`/`<=`, `url`
 * (http(s) only), `rule` (a name in RULES). A message left out is zod's "Invalid input".
 */
export type Check = readonly [kind: string, arg?: unknown, message?: string];
export type Program = readonly [
  kind: string,
  arg?: unknown,
  checks?: readonly Check[] | 0,
  message?: string,
];

/** One problem: where (keys and indexes from the root) and what was expected. */
export interface CheckIssue {
  readonly path: PropertyKey[];
  readonly message: string;
}
export type CheckResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: { readonly issues: readonly CheckIssue[] } };

/** A compiled schema, or a zod one: the one method the widgets call. */
export interface Checker<T> {
  safeParse(input: unknown): CheckResult<T>;
}

/** An issue while running; `c` is zod's `continue` (true: later checks still run). */
interface Found {
  path: PropertyKey[];
  message: string;
  c?: boolean;
}
interface Payload {
  v: unknown;
  i: Found[];
}

const DEFAULT = 'Invalid input';
type Loose = Record<PropertyKey, unknown>;

const isObject = (v: unknown): v is Loose =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** zod's `isPlainObject`, for records. */
const isPlain = (v: unknown): v is Loose => {
  if (!isObject(v)) return false;
  const ctor: unknown = v.constructor;
  if (typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return isObject(proto) && Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
};
const aborted = (issues: Found[], from = 0) => {
  for (let k = from; k < issues.length; k++) if (issues[k]!.c !== true) return true;
  return false;
};
/** Whether a string's length in code points is within a bound, counting only when it must. */
const codePointsWithin = (v: string, kind: string, bound: number) => {
  // Code points lie between half the UTF-16 length and the UTF-16 length.
  if (kind === 'max') return v.length <= bound || (v.length / 2 <= bound && [...v].length <= bound);
  return v.length / 2 >= bound || (v.length >= bound && [...v].length >= bound);
};

const add = (p: Payload, message = DEFAULT, c?: boolean, path: PropertyKey[] = []) =>
  p.i.push(c === undefined ? { path, message } : { path, message, c });

/** Runs a child on its own payload and files its issues under `key`. */
const child = (key: PropertyKey, program: Program, value: unknown) => {
  const r = run(program, { v: value, i: [] });
  for (const x of r.i) x.path.unshift(key);
  return r;
};

function parse(program: Program, p: Payload): Payload {
  const [kind, arg, , message] = program;
  const v = p.v;
  const fail = () => (add(p, message), p);
  switch (kind) {
    case 's':
      return typeof v === 'string' ? p : fail();
    case 'n':
      return typeof v === 'number' && Number.isFinite(v) ? p : fail();
    case 'b':
      return typeof v === 'boolean' ? p : fail();
    case 'l':
    case 'e':
      return (arg as unknown[]).includes(v) ? p : fail();
    case '?':
      return v === undefined ? p : run(arg as Program, p);
    case 'N':
      return v === null ? p : run(arg as Program, p);
    case 'a': {
      if (!Array.isArray(v)) return fail();
      p.v = Array.from(v as unknown[], (item, index) => {
        const r = child(index, arg as Program, item);
        p.i.push(...r.i);
        return r.v;
      });
      return p;
    }
    case 'o':
    case 'O': {
      if (!isObject(v)) return fail();
      const shape = arg as Record<string, Program>;
      const out: Loose = {};
      for (const key of Object.keys(shape)) {
        if (key === '__proto__') continue;
        const r = child(key, shape[key]!, v[key]);
        const present = key in v;
        if (shape[key]![0] !== '?') {
          p.i.push(...r.i);
          if (!present && !r.i.length) add(p, DEFAULT, undefined, [key]);
        } else if (present) p.i.push(...r.i);
        if (present) out[key] = r.v;
      }
      if (kind === 'O')
        for (const key in v)
          if (!Object.hasOwn(shape, key) && key !== '__proto__') out[key] = v[key];
      p.v = out;
      return p;
    }
    case '|': {
      const results = (arg as Program[]).map((option) => run(option, { v, i: [] }));
      const ok = results.find((r) => !r.i.length) ?? results.filter((r) => !aborted(r.i));
      if (!Array.isArray(ok)) return ((p.v = ok.v), p);
      if (ok.length !== 1) return fail();
      p.v = ok[0]!.v;
      p.i.push(...ok[0]!.i);
      return p;
    }
    case 'r': {
      if (!isPlain(v)) return fail();
      const [keys, values] = arg as [Program, Program];
      const out: Loose = {};
      const set = (key: PropertyKey) => {
        const r = child(key, values, v[key]);
        p.i.push(...r.i);
        out[key] = r.v;
      };
      if (keys[0] === 'e') {
        const own = keys[1] as PropertyKey[];
        for (const key of own) if (key !== '__proto__') set(key);
        for (const key in v) if (!own.includes(key)) return (add(p, message, true), (p.v = out), p);
      } else
        for (const key of Reflect.ownKeys(v)) {
          if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(v, key)) continue;
          if (run(keys, { v: key, i: [] }).i.length) add(p, message, undefined, [key]);
          else set(key);
        }
      p.v = out;
      return p;
    }
  }
  return p;
}

/** zod's order: each check runs unless an earlier issue stopped it (length checks only stop at a hard stop). */
function checks(list: readonly Check[], p: Payload): void {
  let stopped = aborted(p.i);
  for (const [kind, arg, message] of list) {
    const before = p.i.length;
    const v = p.v as string;
    const n = p.v as number;
    if (kind === 'min' || kind === 'max') {
      const length = (v as { length?: number } | null | undefined)?.length;
      if (p.i.some((x) => x.c === false) || length === undefined) continue;
      const within =
        typeof v === 'string'
          ? codePointsWithin(v, kind, arg as number)
          : kind === 'min'
            ? length >= (arg as number)
            : length <= (arg as number);
      if (!within) add(p, message, true);
    } else if (stopped) continue;
    else if (kind === 're') {
      (arg as RegExp).lastIndex = 0;
      if (!(arg as RegExp).test(v)) add(p, message, true);
    } else if (kind === 'trim') p.v = v.trim();
    else if (kind === 'int') {
      if (!Number.isInteger(n)) add(p, message, false);
      else if (!Number.isSafeInteger(n)) add(p, message, true);
    } else if (kind === '>=') {
      if (!(n >= (arg as number))) add(p, message, true);
    } else if (kind === '<=') {
      if (!(n <= (arg as number))) add(p, message, true);
    } else if (kind === 'url') {
      // zod's z.url({ protocol: /^https?$/ }): "http(s)://" first, then a parseable URL (whose
      // protocol is then http or https); the value is trimmed, tabs and newlines removed.
      const t = v.trim();
      let parsed = /^https?:\/\//i.test(t);
      try {
        if (parsed) new URL(t);
      } catch {
        parsed = false;
      }
      if (parsed) p.v = t.replace(/[\t\n\r]/g, '');
      else add(p, message, true);
    } else if (kind === 'rule') {
      if (!RULES[arg as RuleName](v as never)) add(p, message, true);
    }
    if (!stopped) stopped = aborted(p.i, before);
  }
}

function run(program: Program, p: Payload): Payload {
  const out = parse(program, p);
  if (program[2]) checks(program[2], out);
  return out;
}

/** A compiled schema as a checker: `safeParse()` gives zod's result shape, issues, and output. */
export function checker<T>(program: Program): Checker<T> {
  return {
    safeParse(input: unknown): CheckResult<T> {
      const p = run(program, { v: input, i: [] });
      return p.i.length
        ? {
            success: false,
            error: { issues: p.i.map(({ path, message }) => ({ path, message })) },
          }
        : { success: true, data: p.v as T };
    },
  };
}

/**
 * What every group of checks holds besides its documents' checkers: how problems are read,
 * and the detail checker of each of the group's events by name (built on first use).
 */
export function group(details: Readonly<Record<string, Program>>) {
  const events = new Map<string, Checker<unknown>>();
  return {
    formatIssues,
    issuesOf,
    validate,
    /** The detail checker of a contract event of this group, by its name. */
    eventSchema(name: string): Checker<unknown> | undefined {
      const detail = Object.hasOwn(details, name) ? details[name] : undefined;
      if (detail && !events.has(name)) events.set(name, checker(detail));
      return events.get(name);
    },
  };
}

/** What an element checks the events it fires with (LtElement's `eventChecks`). */
export type EventChecks = ReturnType<typeof group>;
