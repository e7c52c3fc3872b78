import * as z from 'zod/mini';
import { ContractVersion, Id, IsoDate, RequiredText, Text } from './common.js';

/**
 * One child's case in the offer, as `<lt-journal-panel>` reads it (the framework's journal
 * list, section 7.1). A FHIR adapter builds the same record from a Bundle.
 */
export const JournalCase = z.object({
  contractVersion: ContractVersion,
  id: Id,
  child: z.object({ name: RequiredText(200), birthDate: IsoDate }),
  contact: z.optional(z.object({ date: IsoDate, reason: z.optional(Text(2000)) })),
});

export const JOURNAL_ACTIONS = [
  'record-session',
  'schedule-booster',
  'notify-gp',
  'open-document',
  'add-note',
] as const;

export type JournalCase = z.infer<typeof JournalCase>;
