import {
  SDQ_RECORDED_INFORMANTS,
  SDQ_SCALES,
  type CaseQuestionnaire,
  type SdqRecordedInformant,
  byCodeUnits,
} from '@lettilbud/contract';

/** The scores the SDQ table, its change rows and the chart show: the scales, total, impact. */
export const SDQ_COLUMNS = [...SDQ_SCALES, 'totalDifficulties', 'impact'] as const;
export type SdqColumn = (typeof SDQ_COLUMNS)[number];

/** One informant's SDQs, oldest first. */
export interface SdqSeries {
  readonly informant: SdqRecordedInformant;
  readonly results: readonly CaseQuestionnaire[];
}

/**
 * The SDQs by who answered (parent, teacher, the young person, unknown), each oldest first:
 * a parent's and a young person's answers are different measures and never one line.
 */
export function sdqSeries(list: readonly CaseQuestionnaire[]): SdqSeries[] {
  const sorted = [...list].sort((a, b) => byCodeUnits(a.date, b.date));
  return SDQ_RECORDED_INFORMANTS.map((informant) => ({
    informant,
    results: sorted.filter((q) => q.informant === informant),
  })).filter((s) => s.results.length > 0);
}

/** One informant's change from baseline to follow-up. */
export interface SdqChange {
  readonly informant: SdqRecordedInformant;
  readonly from: CaseQuestionnaire;
  readonly to: CaseQuestionnaire;
  /** Follow-up minus baseline, per score; null where either is missing. */
  readonly delta: Readonly<Record<SdqColumn, number | null>>;
}

/**
 * Baseline → follow-up for each informant with both: the baseline is the first SDQ marked
 * baseline (else the first), the follow-up the last marked follow-up after it (else the last
 * after it). Never across informants; never for 'unknown', whose SDQs may be different people's.
 */
export function sdqChanges(list: readonly CaseQuestionnaire[]): SdqChange[] {
  return sdqSeries(list).flatMap(({ informant, results }) => {
    if (informant === 'unknown') return [];
    const from = results.find((q) => q.phase === 'baseline') ?? results[0]!;
    const later = results.filter((q) => q !== from && q.date > from.date);
    const to = [...later].reverse().find((q) => q.phase === 'follow-up') ?? later.at(-1);
    if (!to) return [];
    const delta = Object.fromEntries(
      SDQ_COLUMNS.map((k) => {
        const a = from.scores[k];
        const b = to.scores[k];
        return [k, a === null || b === null ? null : b - a];
      }),
    ) as Record<SdqColumn, number | null>;
    return [{ informant, from, to, delta }];
  });
}
