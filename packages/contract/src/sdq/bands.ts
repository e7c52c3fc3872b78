import type { SdqInformant, SdqRecordedInformant } from './structure.js';
import type { SdqScores } from '../schemas/sdq.js';

/**
 * Banding, as data. A band table gives, per scored measure, the lowest score of each band
 * above the first ("up": higher is more difficulty) or the highest score of each band below
 * the first ("down": prosocial, lower is fewer strengths). Hosts can pass their own table
 * (Danish norms differ from the UK ones: Arnfred et al. 2019; Niclasen et al. 2012).
 *
 * Sources (UK norms, sdqinfo.org "Scoring the SDQ for 4-17 year olds"):
 * - Three bands, parent: the UK column of BMC Psychiatry 2021 (s12888-021-03218-x, table 2,
 *   "from the SDQ official website"), checked. Disagreement: that table gives prosocial
 *   8-10/7/0-6 (the four-band cuts collapsed); we keep sdqinfo's original 6-10/5/0-4.
 *   Teacher subscales: the Wikipedia article's ranges (mirror wiki-gateway.eudic.net), checked
 *   again 2026-11; the teacher total (12/16) was not in what was found.
 * - Four bands, teacher: PMC4830858 table 1 (from sdqinfo b3.py), checked.
 * - Four bands, parent: a public R scoring script (not re-checked against sdqinfo).
 * - UNVERIFIED (recalled, not retrieved: shared/data/sdq/research.md marks them *): the whole
 *   self-report column, three and four bands; prosocial three-band for every informant; the
 *   four-band impact cuts. Searched again (2026-11, the stored public pages, docs and code:
 *   sdqinfo's scoring syntax and four-band tables): no source for them was found, so they
 *   stay marked (PMC3059623 table 7 gives self-report bands from another norm sample, not
 *   the UK banding). Check them against sdqinfo's scoring syntax before clinical use, or
 *   pass a table you have verified (`bandSdq(scores, informant, tables)`).
 */
export type BandedMeasure =
  'emotional' | 'conduct' | 'hyperactivity' | 'peer' | 'prosocial' | 'totalDifficulties' | 'impact';

export interface BandCut {
  readonly direction: 'up' | 'down';
  /** Three bands: two cuts. Four bands: three cuts. */
  readonly cuts: readonly number[];
}

export type BandTable = Readonly<Record<SdqInformant, Readonly<Record<BandedMeasure, BandCut>>>>;

const up = (...cuts: number[]): BandCut => ({ direction: 'up', cuts });
const down = (...cuts: number[]): BandCut => ({ direction: 'down', cuts });

export const THREE_BANDS: BandTable = {
  parent: {
    totalDifficulties: up(14, 17),
    emotional: up(4, 5),
    conduct: up(3, 4),
    hyperactivity: up(6, 7),
    peer: up(3, 4),
    prosocial: down(5, 4),
    impact: up(1, 2),
  },
  teacher: {
    totalDifficulties: up(12, 16),
    emotional: up(5, 6),
    conduct: up(3, 4),
    hyperactivity: up(6, 7),
    peer: up(4, 5),
    prosocial: down(5, 4),
    impact: up(1, 2),
  },
  // UNVERIFIED: the whole self-report three-band column.
  self: {
    totalDifficulties: up(16, 20),
    emotional: up(6, 7),
    conduct: up(4, 5),
    hyperactivity: up(6, 7),
    peer: up(4, 6),
    prosocial: down(5, 4),
    impact: up(1, 2),
  },
};

export const FOUR_BANDS: BandTable = {
  parent: {
    totalDifficulties: up(14, 17, 20),
    emotional: up(4, 5, 7),
    conduct: up(3, 4, 6),
    hyperactivity: up(6, 8, 9),
    peer: up(3, 4, 5),
    prosocial: down(7, 6, 5),
    impact: up(1, 2, 3), // UNVERIFIED
  },
  teacher: {
    totalDifficulties: up(12, 16, 19),
    emotional: up(4, 5, 6),
    conduct: up(3, 4, 5),
    hyperactivity: up(6, 8, 9),
    peer: up(3, 5, 6),
    prosocial: down(5, 4, 3),
    impact: up(1, 2, 3), // UNVERIFIED
  },
  // UNVERIFIED: the whole self-report four-band column.
  self: {
    totalDifficulties: up(15, 18, 20),
    emotional: up(5, 6, 7),
    conduct: up(3, 4, 5),
    hyperactivity: up(6, 7, 8),
    peer: up(3, 4, 5),
    prosocial: down(6, 5, 4),
    impact: up(1, 2, 3),
  },
};

export const THREE_BAND_LABELS = ['normal', 'borderline', 'abnormal'] as const;
export const FOUR_BAND_LABELS = [
  'close-to-average',
  'slightly-raised',
  'high',
  'very-high',
] as const;
export const FOUR_BAND_LABELS_PROSOCIAL = [
  'close-to-average',
  'slightly-lowered',
  'low',
  'very-low',
] as const;

/** The band index of a score: 0 is the "close to average" band. */
export function bandIndex(score: number, cut: BandCut): number {
  return cut.direction === 'up'
    ? cut.cuts.filter((c) => score >= c).length
    : cut.cuts.filter((c) => score <= c).length;
}

export interface SdqBand {
  readonly three: (typeof THREE_BAND_LABELS)[number];
  readonly four: (typeof FOUR_BAND_LABELS)[number] | (typeof FOUR_BAND_LABELS_PROSOCIAL)[number];
}

export type SdqBands = Partial<Record<BandedMeasure, SdqBand>>;

/**
 * Bands for every score that could be computed; a missing score has no band, and nor does
 * any score of an unknown informant (each informant has its own norms).
 */
export function bandSdq(
  scores: SdqScores,
  informant: SdqRecordedInformant,
  tables: { three: BandTable; four: BandTable } = { three: THREE_BANDS, four: FOUR_BANDS },
): SdqBands {
  const bands: SdqBands = {};
  if (informant === 'unknown') return bands;
  for (const measure of Object.keys(tables.three[informant]) as BandedMeasure[]) {
    const score = scores[measure];
    if (score === null) continue;
    const four = bandIndex(score, tables.four[informant][measure]);
    bands[measure] = {
      three: THREE_BAND_LABELS[bandIndex(score, tables.three[informant][measure])]!,
      four: (measure === 'prosocial' ? FOUR_BAND_LABELS_PROSOCIAL : FOUR_BAND_LABELS)[four]!,
    };
  }
  return bands;
}
