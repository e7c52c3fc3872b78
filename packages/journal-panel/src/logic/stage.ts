import type { JournalCase } from '@lettilbud/contract';

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
