import type { JournalCase } from '@lettilbud/contract';
import { courseTaken, endedAtPreTalk } from './pathway.js';

export const STAGES = ['contact', 'pre-talk', 'screening', 'course', 'closure'] as const;
export type Stage = (typeof STAGES)[number];

/** The stage a case has reached: the furthest step with something recorded. */
export function currentStage(c: JournalCase): Stage {
  if (c.closure?.date) return 'closure';
  if (c.sessions?.some((s) => s.status === 'performed') || c.plan?.course) return 'course';
  if (c.screening?.date) return 'screening';
  if (c.preTalk?.date) return 'pre-talk';
  return 'contact';
}

/**
 * Stages the case will not pass through: screening and course after a pre-talk that closed
 * the case or guided the child elsewhere, the course after a screening that decided against
 * one. Shown as "not relevant", never as missing.
 */
export function skippedStages(c: JournalCase): Set<Stage> {
  const skipped = new Set<Stage>();
  if (endedAtPreTalk(c) && !c.screening?.date) skipped.add('screening');
  if (!courseTaken(c) && (skipped.has('screening') || c.screening?.startTreatment === false))
    skipped.add('course');
  return skipped;
}

/** The date each stage was reached, where known. */
export function stageDates(c: JournalCase): Record<Stage, string | undefined> {
  const performed = (c.sessions ?? [])
    .filter((s) => s.status === 'performed')
    .map((s) => s.date)
    .sort();
  return {
    contact: c.contact?.date,
    'pre-talk': c.preTalk?.date,
    screening: c.screening?.date,
    course: performed[0],
    closure: c.closure?.date,
  };
}

/** Sessions: performed / planned (the plan's number, else the sessions booked), and the next one. */
export function courseProgress(
  c: JournalCase,
  today: string,
): { performed: number; planned: number | null; next: string | undefined } {
  const sessions = c.sessions ?? [];
  const performed = sessions.filter((s) => s.status === 'performed').length;
  const booked = sessions.filter((s) => s.status !== 'cancelled').length;
  const next = sessions
    .filter((s) => s.status === 'planned' && s.date >= today)
    .map((s) => s.date)
    .sort()[0];
  return { performed, planned: c.plan?.plannedSessions ?? (booked || null), next };
}
