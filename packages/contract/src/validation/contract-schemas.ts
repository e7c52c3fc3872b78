import { combine, lazy, type Lazy } from './lazy.js';

type Built<M extends { build: (...args: never[]) => unknown }> = ReturnType<M['build']>;

/** The checkers of an offer directory and its parts, and the finder's events (`directoryChecks`). */
export type DirectoryChecks = Built<typeof import('./generated/directory.js')>;
/** The checker of a journal case, and the journal panel's and overview's events (`journalChecks`). */
export type JournalChecks = Built<typeof import('./generated/journal.js')>;
/**
 * What a widget checks host documents and its own events with: the validators compiled at
 * build time from the zod schemas, with the names and the `safeParse()` of the zod schemas and
 * no zod. Hosts and Node use the zod schemas themselves, from the package's index.
 */
export type ContractSchemas = DirectoryChecks &
  JournalChecks &
  Built<typeof import('./generated/checks.js')>;

// Each its own chunk, importing nothing at run time: the interpreter, and the programs of each
// group (with the function that builds its checkers). A group loads beside the interpreter, in
// one round trip, and each chunk is fetched once whichever loader asks first.
const interpreter = lazy(() => import('./program.js'));
const directoryPrograms = lazy(() => import('./generated/directory.js'));
const journalPrograms = lazy(() => import('./generated/journal.js'));
const otherPrograms = lazy(() => import('./generated/checks.js'));

/** The offer directory's checkers alone: what a finder needs to show a host's feed. */
export const directoryChecks: Lazy<DirectoryChecks> = combine(
  [interpreter, directoryPrograms],
  (program, programs) => programs.build(program),
);

/** The journal case's checker alone: what a panel needs to show a host's case. */
export const journalChecks: Lazy<JournalChecks> = combine(
  [interpreter, journalPrograms],
  (program, programs) => programs.build(program),
);

/**
 * The one loader of all the contract's checks (documents and every event's detail), shared by
 * every element on the page: `now()` is synchronous once loaded, `load()` fetches what is
 * missing, once.
 */
export const contractSchemas: Lazy<ContractSchemas> = combine(
  [interpreter, directoryChecks, journalChecks, otherPrograms],
  (program, directory, journal, programs) => ({
    ...directory,
    ...journal,
    ...programs.build(program),
  }),
);
