import { addDays, copenhagenDate, JOURNAL_ACTIONS, type JournalCase } from '@lettilbud/contract';
import type { StoredCase } from './store.js';

/**
 * What the demo backend does for each of the journal panel's actions (a pure function of the
 * stored case, the action and the time): a performed session today, a booster 30 days after
 * the closure (or today), the GP told (of the offer, or of the result once closed), a note
 * kept by the fagsystem, and who acted on an urgent contact and when.
 */
const HANDLED_BY = 'Demo Psykolog (demo)';

/** The stored case after the action the panel asked for; the case unchanged for "open-document". */
export function applyAction(
  stored: StoredCase,
  action: (typeof JOURNAL_ACTIONS)[number],
  note: string | undefined,
  now = new Date(),
): StoredCase {
  const c = stored.case;
  const today = copenhagenDate(now);
  const next = (changed: Partial<JournalCase>): StoredCase => ({
    ...stored,
    case: { ...c, ...changed },
  });
  switch (action) {
    case 'record-session':
      return next({ sessions: [...(c.sessions ?? []), { date: today, status: 'performed' }] });
    case 'schedule-booster':
      return next({
        closure: { ...c.closure, boosterDate: addDays(c.closure?.date ?? today, 30) },
      });
    case 'notify-gp':
      return next({
        closure: c.closure?.date
          ? { ...c.closure, gpInformedOfResult: true }
          : { ...c.closure, gpInformedOfOffer: true },
      });
    case 'record-urgent-contact':
      return c.contact
        ? next({
            contact: { ...c.contact, urgentHandled: { at: now.toISOString(), by: HANDLED_BY } },
          })
        : stored;
    case 'add-note':
      return note
        ? {
            ...stored,
            notes: [...stored.notes, { at: now.toISOString(), text: note.slice(0, 1000) }],
          }
        : stored;
    default:
      return stored;
  }
}
