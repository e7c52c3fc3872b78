import {
  MUNICIPALITIES,
  foldForSearch,
  municipalityDisplayName,
  type Municipality,
} from '@lettilbud/contract';

/** Postal code → municipality codes; hosts may supply their own table. */
export type PostalTable = ReadonlyMap<string, readonly string[]>;

/** Unpacks the generated "code:m1.m2 code:m3" table. */
export function unpackPostalCodes(packed: string): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const entry of packed.split(' ')) {
    const [code, list] = entry.split(':');
    if (code && list) table.set(code, list.split('.'));
  }
  return table;
}

/**
 * A looser key on top of the contract's fold, so "hoje", "høje" and "hoeje", or "arhus",
 * "aarhus" and "århus", all meet: æ/ø/å spelt out or left off.
 */
const key = (text: string) =>
  foldForSearch(text).replace(/oe/g, 'o').replace(/ae/g, 'a').replace(/aa/g, 'a');

const index = MUNICIPALITIES.map((m) => ({
  m,
  keys: [key(m.name), key(municipalityDisplayName(m))],
}));

/**
 * Municipalities whose short or legal name matches, tolerant of case, accents, æ/ø/å and
 * "aa": names starting with the query first, then names containing it.
 */
export function searchByName(query: string): Municipality[] {
  const q = key(query);
  if (!q) return [];
  const starts = index.filter((x) => x.keys.some((k) => k.startsWith(q))).map((x) => x.m);
  const contains = index
    .filter((x) => !starts.includes(x.m) && x.keys.some((k) => k.includes(q)))
    .map((x) => x.m);
  return [...starts, ...contains];
}

export type Lookup =
  | { readonly kind: 'none' }
  | { readonly kind: 'names'; readonly matches: Municipality[] }
  | { readonly kind: 'postal'; readonly code: string; readonly matches: Municipality[] }
  | { readonly kind: 'postal-unknown'; readonly code: string }
  | { readonly kind: 'postal-unavailable' };

/** What the user typed: a name, or a 4-digit postal code (which may span several municipalities). */
export function lookup(query: string, postal: PostalTable | null): Lookup {
  const trimmed = query.trim();
  if (/^\d{4}$/.test(trimmed)) {
    if (!postal) return { kind: 'postal-unavailable' };
    const codes = postal.get(trimmed);
    if (!codes?.length) return { kind: 'postal-unknown', code: trimmed };
    const matches = codes
      .map((c) => MUNICIPALITIES.find((m) => m.code === c))
      .filter((m): m is Municipality => Boolean(m));
    return { kind: 'postal', code: trimmed, matches };
  }
  if (/^\d+$/.test(trimmed) || !trimmed) return { kind: 'none' };
  return { kind: 'names', matches: searchByName(trimmed) };
}
