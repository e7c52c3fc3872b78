import type { da } from './da.js';

export const en: typeof da = {
  title: 'Find help for children and young people in your municipality',
  intro:
    'Every municipality has a free offer for children and young people aged 5 to 17 who are having a hard time. You do not need a referral: you can get in touch yourselves.',
  crisisLink: 'Need help now?',
  crisisHeading: 'Need help now?',
  crisisIntro: 'If someone is in danger, do not wait. Call straight away:',
  loading: 'Loading …',
  municipalityLabel: 'Municipality or postal code',
  municipalityHint: 'Type the name of the municipality or your postal code.',
  noMatch: 'No municipality matches. Try another spelling.',
  postalUnknown: (code) =>
    `We do not know postal code ${code}. Type the municipality's name instead.`,
  postalUnavailable:
    "Search by postal code does not work right now. Type the municipality's name instead.",
  postalSeveral: (code) =>
    `Postal code ${code} is in more than one municipality. Which one do you live in?`,
  options: (n) => (n === 1 ? '1 municipality matches' : `${n} municipalities match`),
  chosen: 'Municipality',
  change: 'Change municipality',
  filters: 'Who and what is it about?',
  ageLabel: 'How old is the child or young person?',
  ageAny: 'Choose age',
  ageYears: (n) => `${n} years`,
  selfHarmNow:
    'Is someone hurting themselves right now, or thinking about not wanting to live? Then do not wait for a course.',
  selfHarmLink: 'See where you can get help now',
  concernsLabel: 'What is hard? (choose as many as you like)',
  formatLabel: 'How would you like help?',
  formatAny: 'Any way',
  individual: 'Alone with a therapist',
  group: 'In a group with others',
  parents: 'Parents get help to help',
  tooYoungTitle: 'The offer is for children from 5',
  tooYoung:
    'For younger children, talk to the health visitor, the nursery or your own doctor. They can help you further.',
  tooOldTitle: 'The offer is for young people up to 17',
  tooOld:
    'From 18, talk to your own doctor about help. If you have already started a course, you can finish it after you turn 18.',
  noDetails: (name) =>
    `We do not have details of the offer in ${name} yet. Contact the municipality.`,
  noDetailsHint:
    'Every municipality has the offer. Search for "lettilgængeligt tilbud" on the municipality\'s website, or call the municipality and ask for it.',
  borgerDk: 'Find your municipality on borger.dk',
  typical: 'Courses many municipalities use',
  status: 'Status',
  'status-running': 'The offer is running',
  'status-not-yet-running':
    'The offer has not started yet. Contact the municipality to hear when it starts',
  'status-unknown': 'Contact the municipality to hear how to get started',
  serves: (names) => `For children and young people in ${names}`,
  contactTitle: 'How to contact the offer',
  phone: 'Phone',
  openNow: (closes) => `Open now, until ${closes}`,
  opensAt: (when) => `Closed now. Opens ${when}`,
  closedNoHours:
    "Closed now. We do not know the phone hours for the next 14 days. See the offer's website, or contact the municipality.",
  today: 'today',
  email: 'E-mail',
  digitalLabel: 'Online',
  digital: 'Write to the offer',
  website: "The offer's website",
  address: 'Address',
  whoMay: 'Who can get in touch?',
  'who-young-person': 'the young person',
  'who-parent': 'parents',
  'who-professional': 'professionals, e.g. teachers',
  'who-gp': 'your own doctor',
  waiting: 'Expected waiting time',
  waitingWeeks: (n) => `about ${n} weeks`,
  targets:
    'The offer tries to have a first talk with you (a pre-talk) within 14 days after you get in touch. If you find together that it is right for you, they try to have a longer talk with a therapist (a screening) within 30 days. These are aims, not promises: sometimes it takes longer.',
  cannotWait: 'If it cannot wait: see where you can get help now',
  openDoor: 'You can always contact the offer again, also if you have had help before.',
  verified: (date) => `These details were last checked ${date}.`,
  coursesTitle: 'Courses that may fit',
  courseCount: (n) =>
    n === 0 ? 'No course fits what you chose' : n === 1 ? '1 course fits' : `${n} courses fit`,
  noCourses: 'No course fits exactly. Get in touch anyway: they can help you find the right help.',
  courseAges: (min, max) => `${min}-${max} years`,
  courseSessions: (min, max) => (min === max ? `${min} sessions` : `${min}-${max} sessions`),
  courseFor: 'Helps with',
  courseManual: 'Based on',
  courseProvider: 'Run by',
  getInTouch: 'Contact the offer about this course',
  dataError:
    "We could not get the municipality's details right now. We show the details we have ourselves, which may be older. Try again later, or contact the municipality.",
  dataPartial: (n) =>
    n === 1
      ? '1 offer cannot be shown because its details have errors. Contact the municipality to hear about it.'
      : `${n} offers cannot be shown because their details have errors. Contact the municipality to hear about them.`,
  noContact:
    "We do not have the offer's phone number or address. Find them on the municipality's website, or call the municipality and ask for the offer.",
  aboutData: 'About the data',
  aboutOffers: (publisher) => `The details of the offers are from ${publisher}.`,
  aboutOffersDefault:
    "The details of the offers are collected from the Danish Health Authority's framework for the offer and from the City of Copenhagen's description of its offer. If in doubt, ask the municipality.",
  aboutMunicipalities:
    'Municipalities and regions: contains data from Klimadatastyrelsen (the Danish Agency for Climate Data), DAGI (CC BY 4.0).',
  aboutPostal:
    "Postal codes: PostNord's list from 2020. If your postal code is newer, type the municipality's name.",
};
