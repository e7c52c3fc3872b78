import { LTT_THEME } from './ltt-theme.js';
import type { ConcernId } from '../schemas/common.js';

/**
 * The concerns a family can name, in the framework's non-diagnostic words (worry, not
 * "angst"; no diagnosis names: the framework asks for everyday words). Each is coded
 * with KL's LTT "Tema" code, so what a family ticks is what the municipality later reports
 * to KL Gateway. Everyday extras (stress, school absence, substances, life events) report
 * as "Andet" but keep their own label and id.
 */
export const CONCERN_IDS = [
  'worry',
  'sadness',
  'body-and-food',
  'behaviour',
  'self-harm',
  'compulsions',
  'restlessness',
  'stress',
  'school-absence',
  'substance-use',
  'life-events',
  'other',
] as const;

export interface Concern {
  /** Stable id used in payloads and feeds. */
  readonly id: ConcernId;
  /** KL LTT "Tema" code this concern is reported as. */
  readonly ltt: string;
  /** Label in plain Danish. */
  readonly da: string;
  /** Label in plain English. */
  readonly en: string;
}

export const CONCERNS: readonly Concern[] = [
  { id: 'worry', ltt: LTT_THEME.worry, da: 'Bekymringer', en: 'Worries' },
  { id: 'sadness', ltt: LTT_THEME.sadness, da: 'Tristhed', en: 'Sadness' },
  {
    id: 'body-and-food',
    ltt: LTT_THEME.bodyAndFood,
    da: 'Svære tanker om krop og mad',
    en: 'Hard thoughts about body and food',
  },
  {
    id: 'behaviour',
    ltt: LTT_THEME.behaviour,
    da: 'Vrede, konflikter og svært ved at styre sig',
    en: 'Anger, conflicts and trouble keeping calm',
  },
  { id: 'self-harm', ltt: LTT_THEME.selfHarm, da: 'Gør skade på sig selv', en: 'Hurting oneself' },
  {
    id: 'compulsions',
    ltt: LTT_THEME.compulsions,
    da: 'Tanker eller handlinger, man ikke kan lade være med',
    en: 'Thoughts or actions that are hard to stop',
  },
  {
    id: 'restlessness',
    ltt: LTT_THEME.restlessness,
    da: 'Uro og svært ved at koncentrere sig',
    en: 'Restlessness and trouble paying attention',
  },
  { id: 'stress', ltt: LTT_THEME.other, da: 'Stress', en: 'Stress' },
  {
    id: 'school-absence',
    ltt: LTT_THEME.other,
    da: 'Svært ved at komme i skole',
    en: 'Finding it hard to go to school',
  },
  {
    id: 'substance-use',
    ltt: LTT_THEME.other,
    da: 'Alkohol, hash eller andre stoffer',
    en: 'Alcohol, cannabis or other drugs',
  },
  {
    id: 'life-events',
    ltt: LTT_THEME.other,
    da: 'Noget svært der er sket, fx skilsmisse eller dødsfald',
    en: 'Something hard that happened, like a divorce or a death',
  },
  { id: 'other', ltt: LTT_THEME.other, da: 'Noget andet', en: 'Something else' },
];

/** The concern with this id. */
export function concernById(id: ConcernId): Concern {
  const concern = CONCERNS.find((c) => c.id === id);
  if (!concern) throw new RangeError(`Unknown concern id: ${id}`);
  return concern;
}

/** The LTT "Tema" codes for a set of concerns, without repeats (several map to "Andet"). */
export function lttThemesFor(ids: readonly ConcernId[]): string[] {
  return [...new Set(ids.map((id) => concernById(id).ltt))];
}
