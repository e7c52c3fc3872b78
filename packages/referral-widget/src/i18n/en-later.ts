import type { daLater } from './da-later.js';

/** English strings of the later steps: the same keys and shapes as Danish. */
export const enLater: typeof daLater = {
  moreIntro: 'Everything on this page is optional. You can skip it.',
  phone: 'Phone number',
  email: 'E-mail',
  reachHint: 'Write at least one of them.',
  goodTimes: 'When is a good time to call?',
  mayLeaveMessageLegend: 'May we leave a message if you do not answer?',
  parentsKnowLegend: 'Do your parents know you are writing to us?',
  parentsMayBeContactedLegend: 'May we contact your parents?',
  under15Note:
    'Good that you are writing. Because you are under 15, a parent has to be part of it before we can help. We will talk with you first about how we do that.',
  school: 'School or institution',
  className: 'Class',
  holdersLegend: 'Custody holders',
  holdersHint: 'The adults who have custody. At most two.',
  holderHeading: (n: number) => `Adult ${n}`,
  holderName: 'Name',
  addHolder: 'Add an adult',
  removeHolder: (n: number) => `Remove adult ${n}`,
  durationLegend: 'How long has it been hard?',
  durationUnder1: 'Less than 1 month',
  duration1to6: '1 to 6 months',
  durationOver6: 'More than 6 months',
  impactIntro: 'How much does it affect daily life?',
  impactSchool: 'At school',
  impactSleep: 'Sleep',
  impactFriends: 'With friends',
  impactFamily: 'In the family',
  scale0: 'Not at all',
  scale1: 'A little',
  scale2: 'Quite a lot',
  scale3: 'A great deal',
  triedLegend: 'Who have you already had help from?',
  triedLegendYoung: 'Who have you already had help from?',
  triedSchool: 'The school',
  triedPpr: 'PPR',
  triedGp: 'Own doctor',
  triedPsychiatry: 'Child and adolescent psychiatry',
  triedOther: 'Others',
  activeTreatmentLegend: 'Is the child being treated in child and adolescent psychiatry right now?',
  activeTreatmentLegendYoung: 'Are you being treated in child and adolescent psychiatry right now?',
  activeTreatmentNote:
    'Thank you for telling us. Then it is often psychiatry that should help further. Please send anyway. We will look at it with you and find the right help.',
  activeTreatmentNoteYoung:
    'Thank you for telling us. Then it is often psychiatry that should help further. Please send anyway. We will look at it with you and find the right help.',
  consentIntro:
    'Sometimes it helps if we talk to others who know the child. We only ask those you say yes to. You can always change your answer.',
  consentIntroYoung:
    'Sometimes it helps if we talk to others who know you. We only ask those you say yes to. You can always change your answer.',
  consentLegend: 'We may get and share information with:',
  consentHint: 'Tick those you say yes to. No tick means no.',
  consentByHolders: 'The custody holders give consent, because the child is under 15.',
  consentByYoung: 'You are 15 or older, so you give consent.',
  consentByYoungOther: 'The child is 15 or older, so the young person gives consent.',
  consentChildAlone:
    'Because you are under 15, we will ask your parent about this when we talk. Until then we share nothing with anyone.',
  consentProfessional: 'Only tick if the family has said yes to it.',
  consentAskYoung:
    'Tick what you would like us to ask the young person about. We get and share nothing until the young person has said yes.',
  consentAskHolders:
    'Tick what you would like us to ask the custody holders about. We get and share nothing until they have said yes.',
  reviewConsentGiven: 'Consent is given here, by the person who must give it.',
  reviewConsentGivenYoung: 'You give the consent yourself here.',
  reviewConsentFromYoung:
    'The young person has not given consent yet. Because they are 15 or older, it is the young person who must say yes. We will ask them before we get or share any information.',
  reviewConsentFromHolders:
    'The custody holders have not given consent yet. Because the child is under 15, it is the custody holders who must say yes. We will ask them before we get or share any information.',
  reviewConsentFromHoldersYoung:
    'Because you are under 15, it is the adults who have custody of you who must say yes. We will ask them before we share anything with anyone.',
  partyPpr: 'PPR (educational psychological service)',
  partyHealthVisitor: 'The health visitor',
  partySchool: 'The school or day care',
  partyFamilyDepartment: "The municipality's children and family department",
  reviewIntro: 'Check that it is right. You can go back and change it.',
  change: 'Change',
  changeStep: (step: string) => `Change: ${step}`,
  notAnswered: 'Not answered',
  urgentMarkedReview:
    'You answered yes or not sure to the question about danger. So what you send is marked as urgent.',
  urgentMarkedReceipt:
    'What you sent is marked as urgent, because you answered yes or not sure about danger.',
  urgentMayWait:
    'We cannot promise that anyone reads it at once. In the evening, at night and at weekends there is often nobody.',
  urgentPhoneOpen: (number: string, closes: string) =>
    `Our phone is open now, until ${closes}. Call ${number}, so you do not have to wait for us to read it.`,
  urgentPhoneOpens: (number: string, when: string) =>
    `We are closed right now, and what you send is only read when we are open. Our phone opens ${when}: ${number}.`,
  urgentPhoneNoOpening: (number: string) =>
    `We are closed right now, and what you send is only read when we are open again. Our phone is ${number}.`,
  dangerNow:
    'If the child is in danger now, do not wait for us. Call 112 or one of the lines below, now.',
  dangerNowYoung:
    'If you are in danger now, do not wait for us. Call 112 or one of the lines below, now.',
  routinePhoneOpen: (number: string, closes: string) =>
    `Would you rather talk to us? Call ${number}. The phone is open now, until ${closes}.`,
  routinePhoneOpenYoung: (number: string, closes: string) =>
    `Would you rather talk to us? Call ${number}. The phone is open now, until ${closes}.`,
  routinePhoneOpens: (number: string, when: string) =>
    `Would you rather talk to us? Call ${number}. The phone opens ${when}.`,
  routinePhoneOpensYoung: (number: string, when: string) =>
    `Would you rather talk to us? Call ${number}. The phone opens ${when}.`,
  whenToday: (time: string) => `today at ${time}`,
  whenTomorrow: (time: string) => `tomorrow at ${time}`,
  whenLater: (date: string, time: string) => `${date} at ${time}`,
  failTitle: 'It was not sent',
  failKept: 'Everything you wrote is kept here.',
  failOffline: 'You are not online right now. Try again when you are back online.',
  failTimeout: 'It took too long. Try again in a moment.',
  failGeneral: 'Something went wrong on our side. Try again in a moment.',
  failRefused: 'We could not receive it right now. Call the municipality, and they will help.',
  receiptReference: 'Your number',
  receiptNext: 'What happens now',
  receiptPreTalk: (date: string) =>
    `We try to call or write to you before ${date} to arrange a first talk.`,
  receiptPreTalkYoung: (date: string) =>
    `We try to call or write to you before ${date} to arrange a first talk.`,
  receiptScreening: (date: string) =>
    `If the first talk shows that it is right, you will have a talk with a therapist, for example a psychologist. We try to do that before ${date}.`,
  receiptScreeningYoung: (date: string) =>
    `If the first talk shows that it is right, you will have a talk with a therapist, for example a psychologist. We try to do that before ${date}.`,
  receiptOpenDoor: 'You are always welcome to contact us again. Also later.',
  receiptCrisisHeading: 'If it gets worse before we call',
  childName: "The child's name",
  childNameYoung: 'Your name',
  birthDate: 'Date of birth',
  birthDateHint: 'Write day, month and year, e.g. 24-12-2014.',
  municipality: 'Municipality',
  municipalityHint: 'The municipality the child lives in.',
  municipalityHintYoung: 'The municipality you live in.',
  chooseMunicipality: 'Choose a municipality',
  cpr: 'CPR number',
  cprHint: 'E.g. 241214-1234.',
  ageIs: (age: number) => `The child is ${age}.`,
  ageIsYoung: (age: number) => `You are ${age}.`,
  lastYear: 'The child is 17. A course that has started can be finished after the 18th birthday.',
  lastYearYoung: 'You are 17. A course that has started can be finished after you turn 18.',
  under15Heading: 'Good that you are writing to us',
  under15Text:
    'You are under 15. You may send this on your own. Before a treatment can start, an adult who has custody of you must take part. We will help you find out how that can happen.',
  under15Anonymous:
    'Would you rather talk to someone without saying who you are? You can do that here, free and anonymous:',
  childHelplineName: 'BørneTelefonen',
  childHelplineText: 'For children and young people. You do not have to say who you are.',
  tooYoungHeading: 'The offer is for children from 5',
  tooYoungText:
    'We cannot help children this young here. Talk to your health visitor, your own doctor or the staff at day care. They can help you on, also to PPR.',
  tooOldHeading: 'The offer is for children and young people up to 17',
  tooOldText:
    'From 18 you can get help from your own doctor. The doctor can send you on to a psychologist. You are also welcome to ask the municipality about offers for young adults.',
  changeDate: 'Is the date of birth wrong? Correct it above.',
  hardLegend: 'What is hard? Tick what fits',
  hardHint: 'Choose one or more, or write in your own words below.',
  ownWords: 'Tell us in your own words',
  ownWordsHint: 'What is happening, and what would you like help with?',
  ownWordsHintYoung: 'What is happening, and what would you like help with?',
  errRequired: 'Fill in this field.',
  errTooLong: (max: number) => `Write at most ${max} characters.`,
  errRoleRequired: 'Choose who you are.',
  errAgreeRequired: 'The family must know and agree before you write.',
  errDateInvalid: 'Write the date of birth as day, month and year, e.g. 24-12-2014.',
  errDateFuture: 'The date of birth cannot be in the future.',
  errAgeOutOfRange: 'The offer is for children from 5 up to and including 17.',
  errMunicipalityRequired: 'Choose a municipality.',
  errCprFormat: 'Write the CPR number with 10 digits, e.g. 241214-1234.',
  errCprDate: 'The first 6 digits of the CPR number are not a real date.',
  errCprMismatch: 'The CPR number does not match the date of birth.',
  errHardRequired: 'Tick at least one, or write in your own words.',
  errSafetyRequired: 'Answer yes, no or not sure.',
  errReachRequired: 'Write a phone number or an e-mail, so we can reach you.',
  errReachRequiredYoung: 'Write a phone number or an e-mail, so we can reach you.',
  errPhoneInvalid:
    'Write a phone number we can call: 8 digits, e.g. 12 34 56 78. A number from another country starts with +, e.g. +46.',
  errEmailInvalid: 'Write the e-mail as name@example.com.',
  errHolderNameRequired: "Write the adult's name.",
};
