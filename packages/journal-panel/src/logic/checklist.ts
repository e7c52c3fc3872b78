import type { JournalCase } from '@lettilbud/contract';
import { caseClocks } from './clocks.js';
import { consentStatus, hasConsent, rightGiver } from './consents.js';
import { gpStatus } from './gp.js';
import { awaitingHandover, courseStart, courseTaken, currentCourseFrom } from './pathway.js';
import { riskMissing, riskReading } from './suicide-risk.js';

export { hasConsent };

/**
 * The framework's documentation checklist: each rule a gap the national framework says must
 * not be left open, the child's safety first. Pure: the case and today's Copenhagen date in,
 * the gaps out. A step that does not apply (the pre-talk led elsewhere) asks for nothing.
 */
export type GapId =
  | 'urgent-late'
  | 'no-contact-date'
  | 'suicide-risk'
  | 'suicide-risk-result'
  | 'no-crisis-plan'
  | 'no-psychiatry-contact'
  | 'self-harm-question'
  | 'notification'
  | 'notification-date'
  | 'awaiting-handover'
  | 'no-reason'
  | 'sdq-before-screening'
  | 'sdq-follow-up'
  | 'no-booster'
  | 'gp-offer'
  | 'gp-guided'
  | 'gp-result'
  | 'gp-consent'
  | 'coordination-consent'
  | 'pre-talk-late'
  | 'screening-late'
  | 'consent-wrong-giver'
  | 'consent-to-be-obtained'
  | 'dates-out-of-order'
  | 'future-date';

export interface Gap {
  readonly id: GapId;
  /** What the gap is about: a partner, a step ('pre-talk', 'screening'), a decision or a consent state. */
  readonly detail?: string;
}

export function checklist(c: JournalCase, today: string): Gap[] {
  const gaps: Gap[] = [];
  const s = c.screening;
  const clocks = caseClocks(c, today);
  const missed = (id: string) =>
    clocks.some((k) => k.id === id && (k.state === 'overdue' || k.state === 'late'));

  if (missed('urgent')) gaps.push({ id: 'urgent-late' });
  if (!c.contact?.date) gaps.push({ id: 'no-contact-date' });

  const risk = riskReading(s);
  if (s?.date && (risk === 'not-recorded' || risk === 'not-assessed'))
    gaps.push({ id: 'suicide-risk' });
  if (risk === 'assessed-no-result') gaps.push({ id: 'suicide-risk-result' });
  for (const m of riskMissing(s))
    gaps.push({ id: m === 'crisis-plan' ? 'no-crisis-plan' : 'no-psychiatry-contact' });
  if (s?.date && s.selfHarmAsked !== true) gaps.push({ id: 'self-harm-question' });

  for (const [step, held, n] of [
    ['pre-talk', c.preTalk?.date, c.preTalk?.notification],
    ['screening', s?.date, s?.notification],
  ] as const) {
    if (held && !n) gaps.push({ id: 'notification', detail: step });
    if (n?.decision === 'made' && !n.date) gaps.push({ id: 'notification-date', detail: step });
  }

  if (awaitingHandover(c)) gaps.push({ id: 'awaiting-handover', detail: c.preTalk!.decision! });
  const notStarting =
    (s?.startTreatment === false && !s.notStartingReason) ||
    (c.preTalk?.decision !== undefined &&
      c.preTalk.decision !== 'offered-treatment' &&
      !c.preTalk.reason);
  if (notStarting) gaps.push({ id: 'no-reason' });

  gaps.push(...sdqGaps(c));
  const course = courseTaken(c);
  if (c.closure?.date && course && !c.closure.boosterDate) gaps.push({ id: 'no-booster' });

  const gp = gpStatus(c, today);
  if (gp.consent === 'given') for (const topic of gp.due) gaps.push({ id: `gp-${topic}` });
  else if (gp.due.length && gp.consent !== 'refused')
    gaps.push({ id: 'gp-consent', detail: gp.consent });

  for (const co of c.coordination ?? []) {
    if (!hasConsent(c.consents ?? [], co.partner, co.date))
      gaps.push({ id: 'coordination-consent', detail: co.partner });
  }
  if (missed('pre-talk')) gaps.push({ id: 'pre-talk-late' });
  if (missed('screening')) gaps.push({ id: 'screening-late' });
  for (const consent of c.consents ?? []) {
    if (!rightGiver(c.child.birthDate, consent))
      gaps.push({ id: 'consent-wrong-giver', detail: consent.party });
    // A consent still to be obtained (e.g. from a young person of 15-17 when a parent wrote)
    // is not a consent yet (the GP's is already asked for above).
    else if (
      consentStatus(consent) === 'to-be-obtained' &&
      !(consent.party === 'gp' && gaps.some((g) => g.id === 'gp-consent'))
    )
      gaps.push({ id: 'consent-to-be-obtained', detail: consent.party });
  }
  gaps.push(...dateProblems(c, today));
  return gaps;
}

/**
 * An SDQ is expected before the screening, and again at the end of a course. Only the
 * current course's questionnaires count (those after an earlier course ended).
 */
export function sdqGaps(c: JournalCase): Gap[] {
  const from = currentCourseFrom(c);
  const list = (c.questionnaires ?? []).filter((q) => !from || q.date > from);
  const gaps: Gap[] = [];
  const scr = c.screening?.date;
  if (scr && !list.some((q) => q.date <= scr)) gaps.push({ id: 'sdq-before-screening' });
  const start = courseStart(c);
  const followUp = list.some(
    (q) =>
      q.phase === 'follow-up' || (q.phase === undefined && start !== undefined && q.date > start),
  );
  if (c.closure?.date && courseTaken(c) && !followUp) gaps.push({ id: 'sdq-follow-up' });
  return gaps;
}

/** Dates in the wrong order (e.g. screening before contact) or in the future, flagged not hidden. */
export function dateProblems(c: JournalCase, today: string): Gap[] {
  const gaps: Gap[] = [];
  const chain: [string, string | undefined][] = [
    ['birth', c.child.birthDate],
    ['contact', c.contact?.date],
    ['pre-talk', c.preTalk?.date],
    ['screening', c.screening?.date],
    ['closure', c.closure?.date],
  ];
  const known = chain.filter((x): x is [string, string] => Boolean(x[1]));
  for (let i = 1; i < known.length; i++) {
    if (known[i]![1] < known[i - 1]![1])
      gaps.push({ id: 'dates-out-of-order', detail: `${known[i - 1]![0]} → ${known[i]![0]}` });
  }
  // The case is the current course: an earlier course dated after its contact is misfiled.
  const contact = c.contact?.date;
  if (
    contact &&
    (c.earlierCourses ?? []).some(
      (e) => (e.contactDate ?? '') > contact || (e.closureDate ?? '') > contact,
    )
  )
    gaps.push({ id: 'dates-out-of-order', detail: 'earlier-course → contact' });
  const done = [
    ...known.map((k) => k[1]),
    ...(c.sessions ?? []).filter((x) => x.status === 'performed').map((x) => x.date),
  ];
  if (done.some((date) => date > today)) gaps.push({ id: 'future-date' });
  return gaps;
}
