import { addDays, copenhagenDate, daysBetween, type JournalCase } from '@lettilbud/contract';
import { endedAtPreTalk, type PreTalkDecision } from './pathway.js';

/**
 * The national waiting-time targets, counted in Copenhagen calendar days from the first
 * contact: pre-talk within 14 days, screening within 30 days. Calendar dates, never clock
 * hours, so a daylight-saving change cannot move a deadline. An urgent contact has its own
 * clock: someone acts the same day.
 */
export const PRE_TALK_TARGET_DAYS = 14;
export const SCREENING_TARGET_DAYS = 30;
export const URGENT_TARGET_DAYS = 0;
export const DUE_SOON_DAYS = 3;

export type ClockState = 'met' | 'late' | 'running' | 'due-soon' | 'due-today' | 'overdue';

export interface Clock {
  readonly state: ClockState;
  /** The last day that meets the target. */
  readonly due: string;
  /** Days left (running), or days past the due date (overdue, late); 0 when met. */
  readonly days: number;
}

/** A target clock: done (met or late), or still running (running, due soon/today, overdue). */
export function clock(
  contact: string,
  done: string | undefined,
  targetDays: number,
  today: string,
): Clock {
  const due = addDays(contact, targetDays);
  if (done) {
    const over = daysBetween(due, done);
    return over > 0 ? { state: 'late', due, days: over } : { state: 'met', due, days: 0 };
  }
  const left = daysBetween(today, due);
  if (left < 0) return { state: 'overdue', due, days: -left };
  if (left === 0) return { state: 'due-today', due, days: 0 };
  return { state: left <= DUE_SOON_DAYS ? 'due-soon' : 'running', due, days: left };
}

/** Whether the contact is urgent: flagged so, or the safety answer was yes or not sure. */
export function isUrgent(c: JournalCase): boolean {
  const k = c.contact;
  return k?.urgent === true || k?.safety === 'yes' || k?.safety === 'unsure';
}

/** The Copenhagen date of a recorded moment (a date stays itself; a time is read in Copenhagen). */
export function copenhagenDay(at: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(at) ? at : copenhagenDate(new Date(at));
}

export type ClockId = 'urgent' | 'pre-talk' | 'screening';
/** Why a clock does not apply: the pre-talk led elsewhere, or the case is closed. */
export type NotRelevant = PreTalkDecision | 'case-closed';

export type CaseClock =
  | ({ readonly id: ClockId } & Clock)
  | { readonly id: ClockId; readonly state: 'not-relevant'; readonly why: NotRelevant }
  | { readonly id: ClockId; readonly state: 'no-contact' };

/**
 * The case's clocks, each telling the truth: counted when it applies, "not relevant" (with
 * the reason) when the pre-talk or a closure ended that path, and "no contact date" when
 * nothing can be counted. Never a silent gap, never "overdue" for a step that will not come.
 */
export function caseClocks(c: JournalCase, today: string): CaseClock[] {
  const from = c.contact?.date;
  const closed = Boolean(c.closure?.date);
  const rows: CaseClock[] = [];
  const count = (id: ClockId, done: string | undefined, days: number): CaseClock =>
    from ? { id, ...clock(from, done, days, today) } : { id, state: 'no-contact' };
  if (isUrgent(c)) {
    const at = c.contact?.urgentHandled?.at;
    rows.push(count('urgent', at ? copenhagenDay(at) : undefined, URGENT_TARGET_DAYS));
  }
  const pre = c.preTalk?.date;
  rows.push(
    !pre && closed
      ? { id: 'pre-talk', state: 'not-relevant', why: 'case-closed' }
      : count('pre-talk', pre, PRE_TALK_TARGET_DAYS),
  );
  const scr = c.screening?.date;
  const ended = endedAtPreTalk(c);
  rows.push(
    scr
      ? count('screening', scr, SCREENING_TARGET_DAYS)
      : ended
        ? { id: 'screening', state: 'not-relevant', why: ended }
        : closed
          ? { id: 'screening', state: 'not-relevant', why: 'case-closed' }
          : count('screening', undefined, SCREENING_TARGET_DAYS),
  );
  return rows;
}
