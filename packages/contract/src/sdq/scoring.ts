import {
  sdqOptionCount,
  SDQ_IMPACT,
  SDQ_IMPACT_ITEMS,
  SDQ_REVERSED,
  SDQ_SCALE_ITEMS,
  SDQ_SCALES,
  type SdqRecordedInformant,
  type SdqScale,
} from './structure.js';
import type { SdqScores } from '../schemas/sdq.js';

/** Scores with nothing computed: the starting point for partial scores read from elsewhere. */
export function emptySdqScores(): SdqScores {
  return {
    emotional: null,
    conduct: null,
    hyperactivity: null,
    peer: null,
    prosocial: null,
    totalDifficulties: null,
    externalising: null,
    internalising: null,
    impact: null,
  };
}

/**
 * Answers by item number (1-33) as the scoring reads them: the chosen option's place in the
 * SDQ's own order (first = 0; `sdqScoringAnswers` turns a questionnaire's positions into
 * these, honouring its weights).
 */
export type SdqAnswers = ReadonlyMap<number, number>;

/**
 * The answer to an item, if it is a real option position (an integer from 0 to the item's
 * option count − 1). Anything else counts as unanswered: a stray value must never become a
 * score (e.g. position 3 on a three-option item would add 3, or −1 once reversed).
 */
export function sdqAnswer(answers: SdqAnswers, item: number): number | undefined {
  const position = answers.get(item);
  return Number.isInteger(position) && position! >= 0 && position! < sdqOptionCount(item)
    ? position
    : undefined;
}

/** The 0/1/2 score of an answered item 1-25, with the five reversed items turned round. */
export function itemScore(item: number, position: number): number {
  return SDQ_REVERSED.has(item) ? 2 - position : position;
}

/**
 * A scale's score: the sum of its five items, prorated when three or four are answered
 * (round(mean × 5), halves up: 4 points from 3 items gives 7), null when fewer than three.
 */
export function scaleScore(scale: SdqScale, answers: SdqAnswers): number | null {
  const scores = SDQ_SCALE_ITEMS[scale].flatMap((item) => {
    const position = sdqAnswer(answers, item);
    return position === undefined ? [] : [itemScore(item, position)];
  });
  if (scores.length < 3) return null;
  const sum = scores.reduce((a, b) => a + b, 0);
  // Integer arithmetic: floor((2·sum·5 + count) / (2·count)) is round-half-up of sum·5/count.
  return Math.floor((10 * sum + scores.length) / (2 * scores.length));
}

/** Impact answers (not at all / only a little / quite a lot / a great deal) score 0, 0, 1, 2. */
export function impactItemScore(position: number): number {
  return position <= 1 ? 0 : position - 1;
}

/**
 * The impact score: 0 when the overall answer is "no difficulties"; otherwise distress plus
 * interference (parent and self 0-10, teacher 0-6); null when the overall answer or any
 * needed item is missing. With the informant unknown, only answers to the home and leisure
 * questions (which the teacher version does not ask) show which items count; else null.
 */
export function impactScore(answers: SdqAnswers, informant: SdqRecordedInformant): number | null {
  const overall = sdqAnswer(answers, SDQ_IMPACT.difficulties);
  if (overall === undefined) return null;
  if (overall === 0) return 0;
  const items =
    informant !== 'unknown'
      ? SDQ_IMPACT_ITEMS[informant]
      : sdqAnswer(answers, SDQ_IMPACT.home) !== undefined ||
          sdqAnswer(answers, SDQ_IMPACT.leisure) !== undefined
        ? SDQ_IMPACT_ITEMS.parent
        : null;
  if (!items) return null;
  let sum = 0;
  for (const item of items) {
    const position = sdqAnswer(answers, item);
    if (position === undefined) return null;
    sum += impactItemScore(position);
  }
  return sum;
}

const sumOrNull = (...values: (number | null)[]): number | null =>
  values.some((v) => v === null) ? null : values.reduce<number>((a, b) => a + b!, 0);

/** Scores an SDQ: five scales, total difficulties, externalising, internalising, impact. */
export function scoreSdq(answers: SdqAnswers, informant: SdqRecordedInformant): SdqScores {
  const scale = Object.fromEntries(SDQ_SCALES.map((s) => [s, scaleScore(s, answers)])) as Record<
    SdqScale,
    number | null
  >;
  return {
    ...scale,
    totalDifficulties: sumOrNull(scale.emotional, scale.conduct, scale.hyperactivity, scale.peer),
    externalising: sumOrNull(scale.conduct, scale.hyperactivity),
    internalising: sumOrNull(scale.emotional, scale.peer),
    impact: impactScore(answers, informant),
  };
}

/** Which scores could not be computed, for the "some scores are missing" message. */
export function missingScores(scores: SdqScores): (keyof SdqScores)[] {
  return (Object.keys(scores) as (keyof SdqScores)[]).filter((k) => scores[k] === null);
}
