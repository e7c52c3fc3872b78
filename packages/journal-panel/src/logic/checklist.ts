import { consentGiver, ageOn, type JournalCase, type CaseConsent } from '@lettilbud/contract';
import { clock, PRE_TALK_TARGET_DAYS, SCREENING_TARGET_DAYS } from './clocks.js';

/**
 * The framework's documentation checklist: each rule a gap the national framework says must
 * not be left open. Pure: the case and today's Copenhagen date in, the gaps out.
 */
export type GapId =
  | 'suicide-risk'
  | 'self-harm-question'
  | 'no-reason'
  | 'no-booster'
  | 'gp-offer'
  | 'gp-result'
  | 'coordination-consent'
  | 'pre-talk-late'
  | 'screening-late'
  | 'dates-out-of-order'
  | 'future-date'
  | 'consent-wrong-giver';

export interface Gap {
  readonly id: GapId;
  /** What the gap is about, e.g. the partner with no consent. */
  readonly detail?: string;
}

/** Whether an unwithdrawn consent covers a party on a date. */
export function hasConsent(consents: readonly CaseConsent[], party: string, on: string): boolean {
  return consents.some(
    (c) => c.party === party && c.date <= on && (!c.withdrawn || c.withdrawn > on),
  );
}

export function checklist(c: JournalCase, today: string): Gap[] {
  const gaps: Gap[] = [];
  const s = c.screening;
  if (s?.date && s.suicideRiskAssessed !== true) gaps.push({ id: 'suicide-risk' });
  if (s?.date && s.selfHarmAsked !== true) gaps.push({ id: 'self-harm-question' });
  const notStarting =
    (s?.startTreatment === false && !s.notStartingReason) ||
    (c.preTalk?.decision !== undefined &&
      c.preTalk.decision !== 'offered-treatment' &&
      !c.preTalk.reason);
  if (notStarting) gaps.push({ id: 'no-reason' });
  if (c.closure?.date && !c.closure.boosterDate) gaps.push({ id: 'no-booster' });
  const started =
    Boolean(c.plan?.course) || (c.sessions ?? []).some((x) => x.status === 'performed');
  if (started && c.closure?.gpInformedOfOffer !== true) gaps.push({ id: 'gp-offer' });
  if (c.closure?.date && c.closure.gpInformedOfResult !== true) gaps.push({ id: 'gp-result' });
  for (const co of c.coordination ?? []) {
    if (!hasConsent(c.consents ?? [], co.partner, co.date))
      gaps.push({ id: 'coordination-consent', detail: co.partner });
  }
  if (c.contact?.date) {
    const pre = clock(c.contact.date, c.preTalk?.date, PRE_TALK_TARGET_DAYS, today);
    if (pre.state === 'overdue' || pre.state === 'late') gaps.push({ id: 'pre-talk-late' });
    const scr = clock(c.contact.date, s?.date, SCREENING_TARGET_DAYS, today);
    if (scr.state === 'overdue' || scr.state === 'late') gaps.push({ id: 'screening-late' });
  }
  for (const consent of c.consents ?? []) {
    const age = ageOn(c.child.birthDate, consent.date);
    if (consent.givenBy !== consentGiver(age)) {
      gaps.push({ id: 'consent-wrong-giver', detail: consent.party });
    }
  }
  gaps.push(...dateProblems(c, today));
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
  const done = [
    ...known.map((k) => k[1]),
    ...(c.sessions ?? []).filter((x) => x.status === 'performed').map((x) => x.date),
  ];
  if (done.some((date) => date > today)) gaps.push({ id: 'future-date' });
  return gaps;
}
