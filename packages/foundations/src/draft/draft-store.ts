import type * as z from 'zod/mini';
import { oneOf, positive, type Guard } from '@lettilbud/contract';

/**
 * The one draft store every form uses (the referral and the SDQ), so "never lose a word"
 * means the same thing everywhere:
 * - drafts live where the host allows: `session` (default, gone when the tab closes),
 *   `local` (survives a browser restart; only on a host's own devices) or `none`;
 * - every draft expires (default 24 h) and an expired or unreadable draft is removed on load;
 * - `clear()` is the explicit "delete what I wrote", and the only other deletion a widget
 *   may do is after the host confirmed a submission.
 * Health data is never written anywhere else and never logged.
 */
export const DRAFT_STORAGES = ['session', 'local', 'none'] as const;
export type DraftStorage = (typeof DRAFT_STORAGES)[number];

export const DEFAULT_DRAFT_TTL_MS = 24 * 60 * 60 * 1000;
const PREFIX = 'lettilbud:draft:';

interface Envelope {
  v: 1;
  savedAt: number;
  expiresAt: number;
  data: unknown;
}

export interface DraftStoreOptions<T> {
  /** Namespaced key, e.g. `referral:101`; the store prefixes `lettilbud:draft:`. */
  readonly key: string;
  /** Where the draft may live. */
  readonly storage: DraftStorage;
  /** How long a draft lives after its last save. */
  readonly ttlMs?: number;
  /**
   * Loads the schema a stored draft must pass (on demand, so a form without a draft never
   * loads it); one that fails (an older shape, tampering) is dropped.
   */
  readonly schema?: () => Promise<z.ZodMiniType<T>>;
  /** Clock, for tests. */
  readonly now?: () => number;
}

export interface LoadedDraft<T> {
  readonly data: T;
  readonly savedAt: Date;
}

export class DraftStore<T> {
  readonly key: string;
  readonly storage: DraftStorage;
  readonly ttlMs: number;
  readonly #schema: (() => Promise<z.ZodMiniType<T>>) | undefined;
  readonly #now: () => number;

  constructor(options: DraftStoreOptions<T>) {
    this.key = PREFIX + options.key;
    this.storage = options.storage;
    this.ttlMs = options.ttlMs ?? DEFAULT_DRAFT_TTL_MS;
    this.#schema = options.schema;
    this.#now = options.now ?? Date.now;
  }

  /** Whether a draft is stored (unread and unchecked): lets a form say "restoring…" at once. */
  has(): boolean {
    try {
      return this.#area()?.getItem(this.key) != null;
    } catch {
      return false;
    }
  }

  /** The saved draft, or null when there is none, it expired or it no longer fits. */
  async load(): Promise<LoadedDraft<T> | null> {
    const area = this.#area();
    if (!area) return null;
    let envelope: Envelope;
    try {
      const raw = area.getItem(this.key);
      if (raw === null) return null;
      envelope = JSON.parse(raw) as Envelope;
    } catch {
      this.clear();
      return null;
    }
    if (
      envelope?.v !== 1 ||
      typeof envelope.expiresAt !== 'number' ||
      envelope.expiresAt <= this.#now()
    ) {
      this.clear();
      return null;
    }
    if (this.#schema) {
      let schema: z.ZodMiniType<T>;
      try {
        schema = await this.#schema();
      } catch {
        return null; // The check could not load (offline): keep the draft for the next visit.
      }
      const parsed = schema.safeParse(envelope.data);
      if (!parsed.success) {
        this.clear();
        return null;
      }
      return { data: parsed.data, savedAt: new Date(envelope.savedAt) };
    }
    return { data: envelope.data as T, savedAt: new Date(envelope.savedAt) };
  }

  /** Saves the draft; false when the storage is off, full or blocked (private mode). */
  save(data: T): boolean {
    const area = this.#area();
    if (!area) return false;
    const now = this.#now();
    const envelope: Envelope = { v: 1, savedAt: now, expiresAt: now + this.ttlMs, data };
    try {
      area.setItem(this.key, JSON.stringify(envelope));
      return true;
    } catch {
      return false;
    }
  }

  /** Deletes the draft: "delete what I wrote", or after a confirmed submission. */
  clear(): void {
    try {
      this.#area()?.removeItem(this.key);
    } catch {
      // A blocked storage holds nothing to delete.
    }
  }

  /**
   * A store configured from a form element's `storage` and `draft-ttl` (hours) attributes,
   * each checked with the element's own `checked()` (one warning, then the default).
   */
  static fromAttributes<T>(
    options: {
      key: string;
      storage: unknown;
      ttlHours: unknown;
      schema?: () => Promise<z.ZodMiniType<T>>;
    },
    checked: <V>(
      attribute: string,
      value: unknown,
      guard: Guard<V>,
      fallback: V,
      expected: string,
    ) => V,
  ): DraftStore<T> {
    const storage = checked(
      'storage',
      options.storage,
      oneOf(DRAFT_STORAGES),
      'session',
      'session, local or none',
    );
    const hours = checked(
      'draft-ttl',
      options.ttlHours,
      positive,
      24,
      'a positive number of hours',
    );
    return new DraftStore<T>({
      key: options.key,
      storage,
      ttlMs: hours * 3_600_000,
      ...(options.schema ? { schema: options.schema } : {}),
    });
  }

  #area(): Storage | null {
    return areaFor(this.storage);
  }
}

function areaFor(storage: DraftStorage): Storage | null {
  try {
    if (storage === 'session') return globalThis.sessionStorage ?? null;
    if (storage === 'local') return globalThis.localStorage ?? null;
  } catch {
    // Accessing storage throws when the browser blocks it (sandboxed iframes, some privacy modes).
  }
  return null;
}

/** Removes every expired Lettilbud draft in this storage, e.g. left by an abandoned form. */
export function sweepDrafts(storage: DraftStorage, now: number = Date.now()): number {
  const area = areaFor(storage);
  if (!area) return 0;
  let removed = 0;
  for (let i = area.length - 1; i >= 0; i--) {
    const key = area.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    try {
      const envelope = JSON.parse(area.getItem(key) ?? 'null') as Envelope | null;
      if (!envelope || envelope.expiresAt <= now) {
        area.removeItem(key);
        removed++;
      }
    } catch {
      area.removeItem(key);
      removed++;
    }
  }
  return removed;
}
