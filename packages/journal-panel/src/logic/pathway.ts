import type { JournalCase } from '@lettilbud/contract';

/**
 * Which way the pre-talk sent the child, and what follows from it. The framework's four
 * outcomes: closed, another effort, offered treatment, referred to child and adolescent
 * psychiatry. Only a child offered treatment goes on to screening and a course.
 */
export type PreTalkDecision = NonNullable<NonNullable<JournalCase['preTalk']>['decision']>;

/** Outcomes 2 and 4: the child is guided to someone else, who must take over. */
export const GUIDED_ELSEWHERE: readonly PreTalkDecision[] = ['other-effort', 'referred-psychiatry'];
/** Outcomes 1, 2 and 4: no screening and no course in the offer follow. */
export const NO_SCREENING: readonly PreTalkDecision[] = ['closed', ...GUIDED_ELSEWHERE];

/** The pre-talk decision, when it leads away from screening. */
export function endedAtPreTalk(c: JournalCase): PreTalkDecision | undefined {
  const d = c.preTalk?.decision;
  return d && NO_SCREENING.includes(d) ? d : undefined;
}

/** Whether the child is guided elsewhere (outcome 2 or 4). */
export function guidedElsewhere(c: JournalCase): boolean {
  const d = c.preTalk?.decision;
  return d !== undefined && GUIDED_ELSEWHERE.includes(d);
}

/** Guided elsewhere, and nobody is recorded as having taken over yet. */
export function awaitingHandover(c: JournalCase): boolean {
  return guidedElsewhere(c) && !c.preTalk?.handedOver;
}

/**
 * Whether the child was offered or had a course: a planned course or a performed session, or
 * a screening that decided to start one (unless the pre-talk led elsewhere).
 */
export function courseTaken(c: JournalCase): boolean {
  if (c.plan?.course || (c.sessions ?? []).some((s) => s.status === 'performed')) return true;
  return c.screening?.startTreatment === true && !endedAtPreTalk(c);
}

/** The first performed session, else the screening: where the course began. */
export function courseStart(c: JournalCase): string | undefined {
  const first = (c.sessions ?? [])
    .filter((s) => s.status === 'performed')
    .map((s) => s.date)
    .sort()[0];
  return first ?? c.screening?.date;
}

/**
 * When the latest earlier course ended: what belongs to the current course is dated after
 * it (the open door: a child may come back after a course and starts anew).
 */
export function currentCourseFrom(c: JournalCase): string | undefined {
  return (c.earlierCourses ?? [])
    .map((e) => e.closureDate)
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
}
