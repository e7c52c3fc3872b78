import { JournalCase, type CaseQuestionnaire } from '../schemas/journal-case.js';
import { SdqResult } from '../schemas/sdq.js';
import { issuesOf, type Issue } from '../schemas/validate.js';
import { byCodeUnits } from '../logic/order.js';
import { copenhagenDate } from '../logic/time.js';
import { LtJourneyError } from './error.js';

/**
 * The case with an SDQ result added as one of its questionnaires: who answered, baseline or
 * follow-up, the day it was sent (in Copenhagen), the scores with the impact score, and the
 * questionnaire it answered (the response's canonical URL). The
 * same result added twice is kept once. The case given is not changed.
 */
export function caseWithSdq(journalCase: unknown, result: unknown): JournalCase {
  const c = JournalCase.safeParse(journalCase);
  const r = SdqResult.safeParse(result);
  const issues: Issue[] = [
    ...(c.success ? [] : issuesOf(c.error).map((i) => ({ ...i, path: `case.${i.path}` }))),
    ...(r.success ? [] : issuesOf(r.error).map((i) => ({ ...i, path: `result.${i.path}` }))),
  ];
  if (!c.success || !r.success) throw new LtJourneyError('SDQ result not added', issues);
  const answered = r.data.questionnaireResponse['questionnaire'];
  const added: CaseQuestionnaire = {
    instrument: 'SDQ',
    informant: r.data.informant,
    date: copenhagenDate(new Date(r.data.authored)),
    phase: r.data.followUp ? 'follow-up' : 'baseline',
    scores: r.data.scores,
    ...(typeof answered === 'string' && answered ? { questionnaire: answered.slice(0, 500) } : {}),
  };
  const base = journalCase as JournalCase;
  const existing = base.questionnaires ?? [];
  const same = (q: CaseQuestionnaire) =>
    q.instrument === added.instrument &&
    q.informant === added.informant &&
    q.date === added.date &&
    (q.phase ?? 'baseline') === added.phase &&
    (Object.keys(added.scores) as (keyof CaseQuestionnaire['scores'])[]).every(
      (k) => q.scores[k] === added.scores[k],
    );
  if (existing.some(same)) return base;
  return {
    ...base,
    questionnaires: [...existing, added].sort((a, b) => byCodeUnits(a.date, b.date)),
  };
}
