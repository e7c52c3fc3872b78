import {
  SDQ_FOLLOW_UP,
  SDQ_IMPACT,
  type SdqInformant,
  type SdqQuestion,
} from '@lettilbud/contract';

/** The self-report version is for 11-17. */
export const SELF_REPORT_MIN_AGE = 11;
/** The ages a young person may type when the form asks (whole years). */
export const TYPED_AGE_RANGE = { min: 4, max: 25 } as const;

/**
 * May the form start? The self-report needs the young person's age: under 11 it is refused
 * (a grown-up fills in the parents' version; the form never swaps it in front of the
 * child), and with no age known it asks for one first. Parents and teachers start at once.
 */
export function selfReportGate(
  informant: SdqInformant,
  age: number | null,
): 'start' | 'ask-age' | 'too-young' {
  if (informant !== 'self') return 'start';
  if (age === null) return 'ask-age';
  return age < SELF_REPORT_MIN_AGE ? 'too-young' : 'start';
}

/** An age typed by the young person: whole years in `TYPED_AGE_RANGE`, else null. */
export function typedAge(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,2}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= TYPED_AGE_RANGE.min && n <= TYPED_AGE_RANGE.max ? n : null;
}

/**
 * The questions to show, in order: items 1-25; in a follow-up the two follow-up questions;
 * the overall-difficulties question; and only when it is answered with difficulties, the
 * impact questions (the duration question only at baseline). The teacher version asks no
 * home or leisure questions.
 */
export function visibleQuestions(
  questions: readonly SdqQuestion[],
  answers: ReadonlyMap<number, number>,
  options: { followUp: boolean; informant: SdqInformant },
): SdqQuestion[] {
  const difficulties = (answers.get(SDQ_IMPACT.difficulties) ?? 0) > 0;
  return questions
    .filter((q) => {
      if (q.item <= 25 || q.item === SDQ_IMPACT.difficulties) return true;
      if (q.item === SDQ_FOLLOW_UP.progress || q.item === SDQ_FOLLOW_UP.helped)
        return options.followUp;
      if (!difficulties) return false;
      if (q.item === SDQ_IMPACT.duration) return !options.followUp;
      if (
        options.informant === 'teacher' &&
        (q.item === SDQ_IMPACT.home || q.item === SDQ_IMPACT.leisure)
      )
        return false;
      return true;
    })
    .sort((a, b) => order(a.item) - order(b.item));
}

// Follow-up questions come after item 25 and before the impact supplement.
const order = (item: number) => (item > 33 ? 25 + (item - 33) / 10 : item);

/** Visible questions not answered yet. */
export function unanswered(
  visible: readonly SdqQuestion[],
  answers: ReadonlyMap<number, number>,
): SdqQuestion[] {
  return visible.filter((q) => !answers.has(q.item));
}

/** Answers kept only for questions still visible (e.g. impact answers after "no difficulties"). */
export function keptAnswers(
  visible: readonly SdqQuestion[],
  answers: ReadonlyMap<number, number>,
): Map<number, number> {
  const shown = new Set(visible.map((q) => q.item));
  return new Map([...answers].filter(([item]) => shown.has(item)));
}

/** Problems with a questionnaire for this use: a follow-up needs the follow-up questions. */
export function followUpIssues(questions: readonly SdqQuestion[], followUp: boolean): string[] {
  if (!followUp) return [];
  const missing = [
    [SDQ_FOLLOW_UP.progress, 'fu1'],
    [SDQ_FOLLOW_UP.helped, 'fu2'],
  ].filter(([item]) => !questions.some((q) => q.item === item));
  return missing.length
    ? [
        `Follow-up questions missing: ${missing.map(([, id]) => `"${id}…"`).join(', ')} (a follow-up asks them instead of the duration question)`,
      ]
    : [];
}
