import { addDays, daysBetween } from '@lettilbud/contract';

/**
 * The national waiting-time targets, counted in Copenhagen calendar days from the first
 * contact: pre-talk within 14 days, screening within 30 days. Calendar dates, never clock
 * hours, so a daylight-saving change cannot move a deadline.
 */
export const PRE_TALK_TARGET_DAYS = 14;
export const SCREENING_TARGET_DAYS = 30;
export const DUE_SOON_DAYS = 3;

export type ClockState = 'met' | 'late' | 'running' | 'due-soon' | 'overdue';

export interface Clock {
  readonly state: ClockState;
  /** The last day that meets the target. */
  readonly due: string;
  /** Days left (running), or days past the due date (overdue, late); 0 when met. */
  readonly days: number;
}

/** A target clock: done (met or late), or still running (running, due soon, overdue). */
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
  return { state: left <= DUE_SOON_DAYS ? 'due-soon' : 'running', due, days: left };
}
