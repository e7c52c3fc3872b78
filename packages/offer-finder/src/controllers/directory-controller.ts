import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  directoryChecks,
  type Course,
  type DataErrorDetail,
  type Offer,
} from '@lettilbud/contract';
import { LtLoadError, loadJson } from '@lettilbud/foundations';
import { readDirectory, trustedDirectory } from '../logic/directory.js';

/** At most this many issues go into one lt-data-error (a broken 5 MB feed has thousands). */
const MAX_ISSUES = 100;

/**
 * Where the finder's offers come from, in order: the `directory` property, the `src` feed,
 * else the embedded default (its own chunk, imported only here). A feed that fails as a
 * whole is reported and replaced by the default; invalid entries are skipped and reported by
 * path. The element emits the reports (`report`), this controller only decides them.
 */
export class DirectoryController implements ReactiveController {
  phase: 'loading' | 'ready' = 'loading';
  offers: Offer[] = [];
  catalogue: Course[] = [];
  /** 'fallback': the feed failed, the default is shown; 'partial': some entries skipped. */
  problem: 'fallback' | 'partial' | null = null;
  /** How many offers or catalogue courses were skipped. */
  skipped = 0;
  /** Who publishes the feed shown; null for the embedded default. */
  publisher: string | null = null;

  readonly #host: ReactiveControllerHost;
  readonly #report: (detail: DataErrorDetail) => void;
  #abort: AbortController | undefined;

  constructor(host: ReactiveControllerHost, report: (detail: DataErrorDetail) => void) {
    this.#host = host;
    this.#report = report;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  /** Loads from the first source given; a later call cancels an earlier one. */
  async load(directory: unknown, src: string | null): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    let input = directory;
    if (!input && src) {
      this.#set({ phase: 'loading' });
      // The check is fetched while the feed is: one round trip, not two in a row.
      void directoryChecks.load().catch(() => undefined);
      try {
        input = await loadJson(src, { signal: abort.signal });
      } catch (error) {
        if (abort.signal.aborted) return;
        const failed = error instanceof LtLoadError ? error : undefined;
        this.#report({
          source: 'directory',
          kind: failed?.kind ?? 'network',
          ...(failed?.status ? { status: failed.status } : {}),
          fallback: true,
          issues: [],
        });
        return this.#useDefault('fallback', abort.signal);
      }
      if (abort.signal.aborted) return;
    }
    if (!input) return this.#useDefault(null, abort.signal);
    let schemas;
    try {
      schemas = await directoryChecks.load();
    } catch {
      if (abort.signal.aborted) return;
      // The check itself could not load (offline mid-deploy): nothing unchecked is shown.
      this.#report({ source: 'directory', kind: 'network', fallback: true, issues: [] });
      return this.#useDefault('fallback', abort.signal);
    }
    if (abort.signal.aborted) return;
    const read = readDirectory(input, schemas);
    if (read.issues.length)
      this.#report({
        source: 'directory',
        kind: 'schema',
        fallback: read.fatal,
        issues: read.issues.slice(0, MAX_ISSUES),
      });
    if (read.fatal) return this.#useDefault('fallback', abort.signal);
    this.#set({
      phase: 'ready',
      offers: read.offers,
      catalogue: read.catalogue,
      problem: read.issues.length ? 'partial' : null,
      publisher: read.publisher ?? null,
      skipped: new Set(read.issues.map((i) => /^\w+\[\d+\]/.exec(i.path)?.[0])).size,
    });
  }

  async #useDefault(problem: 'fallback' | null, signal: AbortSignal): Promise<void> {
    const { DEFAULT_DIRECTORY } = await import('../data/default-directory.js');
    if (signal.aborted) return;
    const read = trustedDirectory(DEFAULT_DIRECTORY);
    this.#set({
      phase: 'ready',
      offers: read.offers,
      catalogue: read.catalogue,
      problem,
      skipped: 0,
      publisher: null,
    });
  }

  #set(
    next: Partial<
      Pick<this, 'phase' | 'offers' | 'catalogue' | 'problem' | 'skipped' | 'publisher'>
    >,
  ) {
    Object.assign(this, next);
    this.#host.requestUpdate();
  }
}
