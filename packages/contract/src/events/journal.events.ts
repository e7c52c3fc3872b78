import * as z from 'zod/mini';
import { defineEvent, type LtEvent } from './event.js';
import { Id, Text } from '../schemas/common.js';
import { JOURNAL_ACTIONS } from '../schemas/journal-case.js';
import type { AskDetail } from './ask-detail.js';

/** `lt-journal-request`: the panel asks the host for a case. */
export const journalRequestSpec = defineEvent({
  name: 'lt-journal-request',
  firedBy: ['lt-journal-panel'],
  when: 'The panel has a case-id but no case or src: it asks the host for the case.',
  detail: z.object({ caseId: Id }),
  cancelable: false,
  answer:
    'Call event.detail.respondWith(promise) synchronously; resolve with a JournalCase or a FHIR Bundle. Without a listener the panel GETs its endpoint attribute.',
});

/** `lt-journal-action`: the user asked the host to do something; the panel never writes. */
export const journalActionSpec = defineEvent({
  name: 'lt-journal-action',
  firedBy: ['lt-journal-panel'],
  when: 'The user chose an action (record a session, schedule a booster, notify the GP, open a document, add a note, record that someone acted on an urgent contact). The host does it and sets the updated case.',
  detail: z.object({
    action: z.enum(JOURNAL_ACTIONS),
    caseId: Id,
    target: z.optional(
      Text(200).check(z.describe('What the action is about, e.g. a session or document id.')),
    ),
  }),
  cancelable: false,
});

export type JournalRequestDetail = AskDetail<z.infer<typeof journalRequestSpec.detail>>;
export type JournalActionDetail = z.infer<typeof journalActionSpec.detail>;

declare global {
  interface HTMLElementEventMap {
    'lt-journal-request': LtEvent<JournalRequestDetail>;
    'lt-journal-action': LtEvent<JournalActionDetail>;
  }
}
