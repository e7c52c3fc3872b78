import type { JournalCase, ReferralReceipt } from '@lettilbud/contract';

/**
 * The demo backend's storage: IndexedDB in the visitor's own browser, so a reload keeps the
 * demo's cases. Nothing leaves the browser. `resetDemo()` empties it and seeds the demo case.
 */
export interface StoredCase {
  readonly id: string;
  readonly case: JournalCase;
  /** When the backend received it (newest first in the list after urgency). */
  readonly receivedAt: string;
  /** The fagsystem's own notes ("add-note"): host data, not part of the contract's case. */
  readonly notes: readonly { readonly at: string; readonly text: string }[];
}

/** What an idempotency key was first answered with: the same answer again. */
export interface StoredKey {
  readonly key: string;
  readonly receipt: ReferralReceipt;
}

const DB = 'lettilbud-demo';
const CASES = 'cases';
const KEYS = 'keys';

let opened: Promise<IDBDatabase> | null = null;
function db(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore(CASES, { keyPath: 'id' });
      req.result.createObjectStore(KEYS, { keyPath: 'key' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  return opened;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function store(name: string, mode: IDBTransactionMode): Promise<IDBObjectStore> {
  return (await db()).transaction(name, mode).objectStore(name);
}

export async function allCases(): Promise<StoredCase[]> {
  return request((await store(CASES, 'readonly')).getAll() as IDBRequest<StoredCase[]>);
}

export async function getCase(id: string): Promise<StoredCase | undefined> {
  return request((await store(CASES, 'readonly')).get(id) as IDBRequest<StoredCase | undefined>);
}

export async function putCase(c: StoredCase): Promise<void> {
  await request((await store(CASES, 'readwrite')).put(c));
}

export async function getKey(key: string): Promise<StoredKey | undefined> {
  return request((await store(KEYS, 'readonly')).get(key) as IDBRequest<StoredKey | undefined>);
}

/** Stores a case and the key that created it in one transaction: both or neither. */
export async function putCaseWithKey(c: StoredCase, key: StoredKey | null): Promise<void> {
  const tx = (await db()).transaction([CASES, KEYS], 'readwrite');
  tx.objectStore(CASES).put(c);
  if (key) tx.objectStore(KEYS).put(key);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** Empties the demo's storage. */
export async function clearAll(): Promise<void> {
  const tx = (await db()).transaction([CASES, KEYS], 'readwrite');
  tx.objectStore(CASES).clear();
  tx.objectStore(KEYS).clear();
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/** How the demo backend behaves: normal, down (every call 503) or slow (3 s). */
export interface BackendMode {
  readonly down: boolean;
  readonly slow: boolean;
}
const MODE_KEY = 'lettilbud-demo:backend';

export function backendMode(): BackendMode {
  try {
    const raw = JSON.parse(localStorage.getItem(MODE_KEY) ?? '{}') as Partial<BackendMode>;
    return { down: raw.down === true, slow: raw.slow === true };
  } catch {
    return { down: false, slow: false };
  }
}

export function setBackendMode(mode: BackendMode): void {
  localStorage.setItem(MODE_KEY, JSON.stringify(mode));
}
