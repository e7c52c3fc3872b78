import { MUNICIPALITY_ROWS, REGIONS } from './municipalities.data.js';

/**
 * Denmark's 98 municipalities with their regions, from DAGI (Klimadatastyrelsen, CC BY 4.0):
 * "Indeholder data fra Klimadatastyrelsen, DAGI". Region is data, never logic: Region
 * Hovedstaden and Region Sjælland merge into Region Østdanmark on 1 January 2027, and this
 * table is regenerated from `shared/data/municipalities.csv` by `pnpm gen`.
 */
export interface Municipality {
  /** Official 3-digit kommunekode, e.g. "101". */
  readonly code: string;
  /** Short name, e.g. "København". */
  readonly name: string;
  /** DAGI regionskode, e.g. 1084. */
  readonly regionCode: number;
  /** The region's name, e.g. "Region Hovedstaden". */
  readonly regionName: string;
}

export const MUNICIPALITY_ATTRIBUTION = 'Indeholder data fra Klimadatastyrelsen, DAGI (CC BY 4.0)';

export const MUNICIPALITIES: readonly Municipality[] = MUNICIPALITY_ROWS.map(
  ([code, name, regionCode]) => ({
    code,
    name,
    regionCode,
    regionName: REGIONS[regionCode] ?? String(regionCode),
  }),
);

const byCode = new Map(MUNICIPALITIES.map((m) => [m.code, m]));

/**
 * Normalises a municipality code: "0101" (DAWA/FHIR form) and "101" both give "101".
 * Returns null for anything that is not a known code.
 */
export function normalizeMunicipalityCode(code: string): string | null {
  const trimmed = code.trim();
  if (!/^\d{3,4}$/.test(trimmed)) return null;
  const short = trimmed.length === 4 && trimmed.startsWith('0') ? trimmed.slice(1) : trimmed;
  return byCode.has(short) ? short : null;
}

/** The municipality with this code ("101" or "0101"), or undefined. */
export function municipalityByCode(code: string): Municipality | undefined {
  const short = normalizeMunicipalityCode(code);
  return short ? byCode.get(short) : undefined;
}

/** The legal name: "Københavns Kommune", "Bornholms Regionskommune", "Vesthimmerlands Kommune". */
export function municipalityDisplayName(m: Municipality): string {
  switch (m.code) {
    case '101':
      return 'Københavns Kommune';
    case '400':
      return 'Bornholms Regionskommune';
    case '820':
      return 'Vesthimmerlands Kommune';
    default:
      return `${m.name} Kommune`;
  }
}

/**
 * Folds a name for tolerant search: case, accents, "aa" for "å", "ø"/"oe", "æ"/"ae",
 * hyphens and spaces. "Århus", "aarhus" and "AARHUS" all fold to the same key.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase() // the same as toLocaleLowerCase('da'): only tr, az and lt case differently
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'oe')
    .replace(/[å]/g, 'aa')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[\s\-–.]+/g, ' ')
    .trim();
}
