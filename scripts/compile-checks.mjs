// Compiles the contract's zod schemas into the small programs the browser runs instead of zod
// (packages/contract/src/validation/program.ts runs them), as one module per group in
// packages/contract/src/validation/generated/ (GROUPS). Run by scripts/gen.mjs, so
// `pnpm gen --check` fails when the output is stale.
//
// Each group module is self-contained (its shared sub-programs are repeated, it imports only a
// type), so a widget that must check one host document before it is usable (the finder its
// feed, the journal panel its case) fetches that group and the interpreter side by side, in
// one round trip, and none of the other programs.
//
// It walks each schema's definition (`schema._zod.def`, and each check's) and refuses, at
// build time, any construct, option or refinement it does not know, so a new one can never
// silently check differently in the browser: extend the compiler, the interpreter and the
// corpus test (packages/contract/test/checks-corpus.test.ts) together.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The document schemas the widgets check at runtime (the names `ContractSchemas` exports). */
export const COMPILED = [
  'JournalCase',
  'OfferDirectory',
  'Offer',
  'Course',
  'PhoneLine',
  'OfferPrefill',
  'CrisisContactList',
  'Referral',
  'ReferralReceipt',
  'CallbackPhone',
  'SdqResult',
  'SdqReceipt',
  'AnyJson',
  'AnyJsonArray',
];

/**
 * Which compiled schemas, and which events' detail programs, go in which generated module.
 * Every name in COMPILED is in exactly one group's `schemas`; `checks` holds every event. A
 * widget's element checks the events it fires with its group (LtElement's `eventChecks`), so
 * its first use fetches nothing it does not need: the finder's events sit with the offer
 * directory, the journal panel's and the overview's with the journal case.
 */
export const GROUPS = {
  directory: {
    schemas: [
      'OfferDirectory',
      'Offer',
      'Course',
      'PhoneLine',
      'OfferPrefill',
      'CrisisContactList',
    ],
    events: ['lt-offer-select', 'lt-offer-finder-change', 'lt-data-error'],
  },
  journal: {
    schemas: ['JournalCase'],
    events: ['lt-journal-request', 'lt-journal-action', 'lt-overview-request', 'lt-data-error'],
  },
  checks: {
    schemas: [
      'Referral',
      'ReferralReceipt',
      'CallbackPhone',
      'SdqResult',
      'SdqReceipt',
      'AnyJson',
      'AnyJsonArray',
    ],
    events: 'all',
  },
};

const DEFAULT = 'Invalid input';
const fail = (where, what) => {
  throw new Error(`compile-checks: ${where}: ${what} is not supported; extend the compiler.`);
};

/** The message a def's `error` gives (the same for every issue), or undefined. */
function messageOf(error, where) {
  if (!error) return undefined;
  const unwrap = (m) => (typeof m === 'string' ? m : m?.message);
  const probes = ['invalid_type', 'invalid_value', 'too_small', 'custom'].map((code) =>
    unwrap(error({ code, input: undefined, path: [] })),
  );
  if (new Set(probes).size !== 1) fail(where, 'an error map whose message depends on the issue');
  return probes[0];
}

/** Compiles one schema to plain data: [kind, arg, checks, message]. */
export function compiler(rules) {
  const ruleNames = new Map(Object.entries(rules).map(([name, fn]) => [fn, name]));
  let whenHasLength;
  let trimTx;

  const checksOf = (schema, own, where, probe) => {
    whenHasLength ??= probe.whenHasLength;
    trimTx ??= probe.trimTx;
    const list = [];
    const all = [
      ...(schema._zod.traits.has('$ZodCheck') ? [schema] : []),
      ...(schema._zod.def.checks ?? []),
    ];
    for (const ch of all) {
      const def = ch._zod.def;
      const msg = messageOf(def.error, where) ?? own;
      const tail = msg === undefined || msg === DEFAULT ? [] : [msg];
      if (def.abort) fail(where, 'abort: true');
      const isLength = def.check === 'min_length' || def.check === 'max_length';
      if (isLength ? def.when !== whenHasLength : def.when) fail(where, 'a custom `when`');
      switch (def.check) {
        case 'describe':
          break;
        case 'string_format':
          if (def.format === 'url') {
            if (
              def.protocol?.source !== '^https?$' ||
              def.protocol.flags ||
              def.hostname ||
              def.normalize
            )
              fail(where, 'a url other than { protocol: /^https?$/ }');
            list.push(tail.length ? ['url', 0, ...tail] : ['url']);
          } else if (['email', 'date', 'datetime', 'regex'].includes(def.format) && def.pattern)
            list.push(['re', def.pattern, ...tail]);
          else fail(where, `string format ${def.format}`);
          break;
        case 'min_length':
          list.push(['min', def.minimum, ...tail]);
          break;
        case 'max_length':
          list.push(['max', def.maximum, ...tail]);
          break;
        case 'overwrite':
          if (String(def.tx) !== String(trimTx)) fail(where, 'an overwrite other than trim');
          list.push(['trim']);
          break;
        case 'number_format':
          if (def.format !== 'safeint') fail(where, `number format ${def.format}`);
          list.push(tail.length ? ['int', 0, ...tail] : ['int']);
          break;
        case 'greater_than':
        case 'less_than':
          if (!def.inclusive || typeof def.value !== 'number')
            fail(where, 'an exclusive or non-number bound');
          list.push([def.check === 'greater_than' ? '>=' : '<=', def.value, ...tail]);
          break;
        case 'custom': {
          const name = ruleNames.get(def.fn);
          if (!name)
            fail(
              where,
              'a refine whose function is not in RULES (packages/contract/src/schemas/rules.ts)',
            );
          if (def.path || def.params) fail(where, 'a refine with path or params');
          list.push(['rule', name, ...tail]);
          break;
        }
        default:
          fail(where, `check ${def.check}`);
      }
    }
    return list;
  };

  return function compile(schema, where, probe) {
    const def = schema._zod.def;
    const own = messageOf(def.error, where);
    const at = (key) => `${where}.${key}`;
    if (def.coerce) fail(where, 'coerce');
    const tailOf = (arg, checks) => {
      const t = [arg, checks.length ? checks : 0];
      if (own !== undefined && own !== DEFAULT) t.push(own);
      while (t.length && (t.at(-1) === 0 || t.at(-1) === undefined)) t.pop();
      return t;
    };
    const checks = () => checksOf(schema, own, where, probe);
    const isCheckSchema = schema._zod.traits.has('$ZodCheck');
    switch (def.type) {
      case 'string':
        return ['s', ...tailOf(0, checks())];
      case 'number':
        if (isCheckSchema) fail(where, 'a number format used as a schema');
        return ['n', ...tailOf(0, checks())];
      case 'boolean':
        return ['b', ...tailOf(0, checks())];
      case 'unknown':
        return ['u', ...tailOf(0, checks())];
      case 'literal':
      case 'enum': {
        const values = def.type === 'literal' ? def.values : [...schema._zod.values];
        for (const v of values)
          if (!['string', 'number', 'boolean'].includes(typeof v) || Number.isNaN(v))
            fail(where, `the ${def.type} value ${String(v)}`);
        return [def.type === 'literal' ? 'l' : 'e', ...tailOf(values, checks())];
      }
      case 'array':
        return ['a', ...tailOf(compile(def.element, `${where}[]`, probe), checks())];
      case 'object': {
        let kind = 'o';
        if (def.catchall) {
          const c = def.catchall._zod.def;
          if (c.type !== 'unknown' || c.checks?.length)
            fail(where, 'a catchall other than unknown');
          kind = 'O';
        }
        const shape = {};
        for (const key of Object.keys(def.shape)) {
          const el = def.shape[key];
          if (key === '__proto__') fail(at(key), 'the key __proto__');
          const optional = el._zod.def.type === 'optional';
          if (el._zod.optin !== (optional ? 'optional' : undefined))
            fail(at(key), `optin ${el._zod.optin}`);
          if (el._zod.optout !== (optional ? 'optional' : undefined))
            fail(at(key), `optout ${el._zod.optout}`);
          shape[key] = compile(el, at(key), probe);
        }
        if (Object.getOwnPropertySymbols(def.shape).length) fail(where, 'symbol keys');
        return [kind, ...tailOf(shape, checks())];
      }
      case 'optional':
      case 'nullable':
        if (def.innerType._zod.optin !== undefined) fail(where, `${def.type} of an optional`);
        return [
          def.type === 'optional' ? '?' : 'N',
          ...tailOf(compile(def.innerType, where, probe), checks()),
        ];
      case 'union':
        if (def.inclusive === false || def.discriminator || def.options.length < 2)
          fail(where, 'an exclusive, discriminated or one-option union');
        return [
          '|',
          ...tailOf(
            def.options.map((o, i) => compile(o, `${where}|${i}`, probe)),
            checks(),
          ),
        ];
      case 'record': {
        const key = def.keyType._zod.def;
        const enumKeys = key.type === 'enum';
        if (def.partial || def.mode) fail(where, 'a partial or loose record');
        if (
          !enumKeys &&
          (key.type !== 'string' || key.checks?.length || def.keyType._zod.traits.has('$ZodCheck'))
        )
          fail(where, 'a record key other than an enum or a plain string');
        return [
          'r',
          ...tailOf(
            [
              compile(def.keyType, `${where}{key}`, probe),
              compile(def.valueType, `${where}{}`, probe),
            ],
            checks(),
          ),
        ];
      }
      default:
        return fail(where, `type ${def.type}`);
    }
  };
}

/** Renders values as TypeScript: regexes as literals, repeated subtrees as shared constants. */
function render(programs, events) {
  const key = (v) =>
    v instanceof RegExp
      ? v.toString()
      : Array.isArray(v)
        ? `[${v.map(key).join(',')}]`
        : v && typeof v === 'object'
          ? `{${Object.entries(v)
              .map(([k, x]) => `${JSON.stringify(k)}:${key(x)}`)
              .join(',')}}`
          : JSON.stringify(v);
  const KINDS = new Set(['s', 'n', 'b', 'u', 'l', 'e', 'a', 'o', 'O', '?', 'N', '|', 'r']);
  const isProgram = (v) => Array.isArray(v) && KINDS.has(v[0]);
  const counts = new Map();
  const count = (v) => {
    if (v instanceof RegExp || !v || typeof v !== 'object') return;
    if (isProgram(v)) counts.set(key(v), (counts.get(key(v)) ?? 0) + 1);
    for (const x of Object.values(v)) count(x);
  };
  const roots = [...Object.values(programs), ...Object.values(events)];
  roots.forEach(count);
  const names = new Map();
  for (const [name, p] of Object.entries(programs)) if (!names.has(key(p))) names.set(key(p), name);
  const consts = [];
  const defined = new Map();
  let n = 0;
  const out = (v, top) => {
    if (v instanceof RegExp) return v.toString();
    if (!v || typeof v !== 'object') return JSON.stringify(v);
    const k = key(v);
    const shared = isProgram(v) && ((counts.get(k) ?? 0) > 1 || names.has(k)) && k.length > 24;
    if (shared && !top) {
      if (!defined.has(k)) {
        const name = names.get(k) ?? `$${++n}`;
        defined.set(k, name);
        consts.push([name, out(v, true)]);
      }
      return defined.get(k);
    }
    if (Array.isArray(v)) return `[${v.map((x) => out(x)).join(', ')}]`;
    return `{ ${Object.entries(v)
      .map(([k2, x]) => `${/^[A-Za-z_$][\w$]*$/.test(k2) ? k2 : JSON.stringify(k2)}: ${out(x)}`)
      .join(', ')} }`;
  };
  const refs = Object.fromEntries(Object.entries(programs).map(([name, p]) => [name, out(p)]));
  const eventRefs = Object.entries(events).map(
    ([name, p]) => `  ${JSON.stringify(name)}: ${out(p)},`,
  );
  const exported = new Set(Object.keys(programs));
  return [
    '// Generated by scripts/compile-checks.mjs (run by `pnpm gen`) from the zod schemas; do not edit.',
    '// What the browser runs to check documents and event details: see ../program.ts. It imports',
    '// nothing at run time: `build()` takes the interpreter, loaded beside it (../contract-schemas.ts).',
    "import type * as Interpreter from '../program.js';",
    "import type { Program } from '../program.js';",
    "import type { Checks } from '../types.js';",
    '',
    ...consts.map(
      ([name, code]) => `${exported.has(name) ? 'export ' : ''}const ${name}: Program = ${code};`,
    ),
    ...Object.entries(refs)
      .filter(([name, ref]) => ref !== name)
      .map(([name, ref]) => `export const ${name}: Program = ${ref};`),
    '',
    '/** The detail program of each contract event of this group, by name. */',
    'export const EVENT_DETAILS: Readonly<Record<string, Program>> = {',
    ...eventRefs,
    '};',
    '',
    "/** This group's checkers, run by the interpreter given. */",
    'export function build({ checker, group }: typeof Interpreter) {',
    '  return {',
    '    ...group(EVENT_DETAILS),',
    ...Object.keys(programs).map((name) => `    ${name}: checker(${name}) as Checks['${name}'],`),
    '  };',
    '}',
    '',
  ].join('\n');
}

/**
 * Bundles the contract's zod module, compiles what the browser checks, returns the TS source
 * of each group's module: `{ 'directory.ts': …, 'journal.ts': …, 'checks.ts': … }`.
 */
export async function compileChecks(root) {
  const tmp = mkdtempSync(join(tmpdir(), 'lettilbud-checks-'));
  try {
    const entry = join(tmp, 'entry.ts');
    const { writeFileSync } = await import('node:fs');
    const src = join(root, 'packages/contract/src');
    writeFileSync(
      entry,
      [
        `export * from ${JSON.stringify(join(src, 'validation/schemas.ts'))};`,
        `export { RULES } from ${JSON.stringify(join(src, 'schemas/rules.ts'))};`,
        `import * as z from 'zod/mini';`,
        `export const probe = { whenHasLength: z.minLength(1)._zod.def.when, trimTx: z.trim()._zod.def.tx };`,
      ].join('\n'),
    );
    const outfile = join(tmp, 'schemas.mjs');
    await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      logLevel: 'error',
      nodePaths: [join(root, 'packages/contract/node_modules')],
    });
    const m = await import(pathToFileURL(outfile).href);
    const compile = compiler(m.RULES);
    const programs = {};
    for (const name of COMPILED) {
      if (!m[name]) fail(name, 'a name the contract does not export');
      programs[name] = compile(m[name], name, m.probe);
    }
    const events = {};
    for (const spec of m.EVENTS) events[spec.name] = compile(spec.detail, spec.name, m.probe);
    const grouped = Object.values(GROUPS).flatMap((g) => g.schemas);
    for (const name of COMPILED)
      if (grouped.filter((n) => n === name).length !== 1) fail(name, 'a name in no group or two');
    return Object.fromEntries(
      Object.entries(GROUPS).map(([group, { schemas, events: names }]) => {
        for (const name of names === 'all' ? [] : names)
          if (!events[name]) fail(`${group}: ${name}`, 'an event the contract does not have');
        return [
          `${group}.ts`,
          render(
            Object.fromEntries(schemas.map((name) => [name, programs[name]])),
            names === 'all'
              ? events
              : Object.fromEntries(names.map((name) => [name, events[name]])),
          ),
        ];
      }),
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
