import type { da } from './da.js';

export const en: typeof da = {
  loading: 'Loading the questionnaire …',
  invalidTitle: 'The questionnaire cannot be shown',
  invalidText:
    'Something is wrong with the questionnaire. Contact the municipality so they can send it again. Errors:',
  loadFailed:
    'The questionnaire could not be loaded. Try again in a moment, or contact the municipality.',
  retryLoad: 'Try again',
  progress: (n, total) => `Question ${n} of ${total}`,
  answeredCount: (n, total) => `${n} of ${total} answered`,
  next: 'Next',
  back: 'Back',
  review: 'Look at the answers again',
  failOffline: 'You are offline. Your answers are kept. Try again when you are connected.',
  draftNote: 'Your answers are kept in this browser until you send them.',
  restored: 'We found the answers you had started.',
  deleteDraft: 'Delete my answers',
  deleted: 'Your answers have been deleted.',
  selfTooYoung:
    'The form for young people is for ages 11-17. Here is the form for parents instead.',
};
