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
  tooYoungTitle: 'This form is for young people aged 11 or older',
  tooYoungText:
    'Young people from 11 fill in this form themselves. The child is under 11, so the form should not be used here.',
  tooYoungAdult:
    'For the adult: a parent can fill in the form for parents instead. Contact the municipality if you are not sure.',
  askAgeTitle: 'How old are you?',
  askAgeText:
    'This form is for young people aged 11 or older. Write your age so you get the right form.',
  ageLabel: 'Your age in years',
  ageHint: 'Write a number, for example 13.',
  ageError: 'Write your age as a number, for example 13.',
  errorPrefix: 'Error:',
  start: 'Start',
  notSetUpTitle: 'The form is not ready yet',
  notSetUpText:
    'The form is not set up to send answers, so it cannot be filled in here. Contact the municipality.',
  unwiredTitle: 'This form cannot send yet.',
  unwiredText:
    'It has not been set up to send your answers to the municipality. Contact the municipality before you spend time on it.',
  crisisLink: 'Need help now?',
  crisisHeading: 'Get help right away',
  crisisIntro: 'You can always call or write to one of these. The form will wait for you.',
};
