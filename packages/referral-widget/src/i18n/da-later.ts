/** Danish strings of the later steps, the review and the receipt (loaded with views/later.ts). */
export const daLater = {
  moreIntro: 'Alt på denne side er valgfrit. Du kan springe den over.',
  phone: 'Telefonnummer',
  email: 'E-mail',
  reachHint: 'Skriv mindst ét af dem.',
  goodTimes: 'Hvornår er det godt at ringe?',
  mayLeaveMessageLegend: 'Må vi lægge en besked, hvis du ikke tager telefonen?',
  parentsKnowLegend: 'Ved dine forældre, at du skriver til os?',
  parentsMayBeContactedLegend: 'Må vi kontakte dine forældre?',
  under15Note:
    'Godt, at du skriver. Fordi du er under 15 år, skal en forælder være med, før vi kan hjælpe. Vi taler med dig først om, hvordan vi gør det.',
  school: 'Skole eller institution',
  className: 'Klasse',
  holdersLegend: 'Forældremyndighed',
  holdersHint: 'De voksne, der har forældremyndigheden. Højst to.',
  holderHeading: (n: number) => `Voksen ${n}`,
  holderName: 'Navn',
  addHolder: 'Tilføj en voksen',
  removeHolder: (n: number) => `Fjern voksen ${n}`,
  durationLegend: 'Hvor længe har det været svært?',
  durationUnder1: 'Under 1 måned',
  duration1to6: '1 til 6 måneder',
  durationOver6: 'Mere end 6 måneder',
  impactIntro: 'Hvor meget fylder det i hverdagen?',
  impactSchool: 'I skolen',
  impactSleep: 'Med søvnen',
  impactFriends: 'Med venner',
  impactFamily: 'I familien',
  scale0: 'Slet ikke',
  scale1: 'Lidt',
  scale2: 'En del',
  scale3: 'Rigtig meget',
  triedLegend: 'Hvem har I allerede fået hjælp fra?',
  triedLegendYoung: 'Hvem har du allerede fået hjælp fra?',
  triedSchool: 'Skolen',
  triedPpr: 'PPR',
  triedGp: 'Egen læge',
  triedPsychiatry: 'Børne- og ungdomspsykiatrien',
  triedOther: 'Andre',
  activeTreatmentLegend: 'Får barnet lige nu behandling i børne- og ungdomspsykiatrien?',
  activeTreatmentLegendYoung: 'Får du lige nu behandling i børne- og ungdomspsykiatrien?',
  activeTreatmentNote:
    'Tak, fordi du fortæller det. Så er det ofte psykiatrien, der skal hjælpe videre. Send gerne alligevel. Vi ser på det sammen med jer og finder den rette hjælp.',
  activeTreatmentNoteYoung:
    'Tak, fordi du fortæller det. Så er det ofte psykiatrien, der skal hjælpe videre. Send gerne alligevel. Vi ser på det sammen med dig og finder den rette hjælp.',
  consentIntro:
    'Nogle gange hjælper det, at vi taler med andre, der kender barnet. Vi spørger kun dem, du siger ja til. Du kan altid ændre dit svar.',
  consentIntroYoung:
    'Nogle gange hjælper det, at vi taler med andre, der kender dig. Vi spørger kun dem, du siger ja til. Du kan altid ændre dit svar.',
  consentLegend: 'Vi må gerne hente og dele oplysninger med:',
  consentHint: 'Sæt flueben ved dem, du siger ja til. Uden flueben betyder nej.',
  consentByHolders: 'Det er forældremyndigheden, der giver samtykke, fordi barnet er under 15 år.',
  consentByYoung: 'Du er 15 år eller ældre, så det er dig, der giver samtykke.',
  consentByYoungOther: 'Barnet er 15 år eller ældre, så det er den unge, der giver samtykke.',
  consentChildAlone:
    'Fordi du er under 15 år, spørger vi din forælder om det her, når vi taler sammen. Indtil da deler vi ikke noget med nogen.',
  consentProfessional: 'Sæt kun flueben, hvis familien har sagt ja til det.',
  consentAskYoung:
    'Sæt flueben ved det, du gerne vil have, at vi spørger den unge om. Vi henter og deler ikke noget, før den unge selv har sagt ja.',
  consentAskHolders:
    'Sæt flueben ved det, du gerne vil have, at vi spørger forældremyndigheden om. Vi henter og deler ikke noget, før de har sagt ja.',
  reviewConsentGiven: 'Samtykket er givet her, af den, der skal give det.',
  reviewConsentGivenYoung: 'Du giver selv samtykket her.',
  reviewConsentFromYoung:
    'Den unge har ikke selv givet samtykke endnu. Fordi den unge er 15 år eller ældre, er det den unge, der skal sige ja. Vi spørger den unge, før vi henter eller deler oplysninger.',
  reviewConsentFromHolders:
    'Forældremyndigheden har ikke givet samtykke endnu. Fordi barnet er under 15 år, er det dem, der har forældremyndigheden, der skal sige ja. Vi spørger dem, før vi henter eller deler oplysninger.',
  reviewConsentFromHoldersYoung:
    'Fordi du er under 15 år, er det dem, der har forældremyndigheden over dig, der skal sige ja. Vi spørger dem, før vi deler noget med nogen.',
  partyPpr: 'PPR (Pædagogisk Psykologisk Rådgivning)',
  partyHealthVisitor: 'Sundhedsplejersken',
  partySchool: 'Skolen eller dagtilbuddet',
  partyFamilyDepartment: 'Børne- og familieafdelingen i kommunen',
  reviewIntro: 'Tjek, at det er rigtigt. Du kan gå tilbage og rette.',
  change: 'Ret',
  changeStep: (step: string) => `Ret: ${step}`,
  notAnswered: 'Ikke besvaret',
  urgentMarkedReview:
    'Du svarede ja eller ved ikke til spørgsmålet om fare. Derfor bliver det, du sender, markeret som hastende.',
  urgentMarkedReceipt:
    'Det, du sendte, er markeret som hastende, fordi du svarede ja eller ved ikke om fare.',
  urgentMayWait:
    'Vi kan ikke love, at nogen læser det med det samme. Om aftenen, om natten og i weekenden er der ofte ingen.',
  urgentPhoneOpen: (number: string, closes: string) =>
    `Vores telefon er åben nu, til kl. ${closes}. Ring på ${number}, så du ikke skal vente på, at vi læser det.`,
  urgentPhoneOpens: (number: string, when: string) =>
    `Vi har lukket lige nu, og det, du sender, bliver først læst, når vi har åbent. Vores telefon åbner ${when}: ${number}.`,
  urgentPhoneNoOpening: (number: string) =>
    `Vi har lukket lige nu, og det, du sender, bliver først læst, når vi har åbent igen. Vores telefon er ${number}.`,
  dangerNow:
    'Er barnet i fare nu, så vent ikke på os. Ring 112 eller til en af linjerne herunder, nu.',
  dangerNowYoung:
    'Er du i fare nu, så vent ikke på os. Ring 112 eller til en af linjerne herunder, nu.',
  routinePhoneOpen: (number: string, closes: string) =>
    `Vil I hellere tale med os? Ring på ${number}. Telefonen er åben nu, til kl. ${closes}.`,
  routinePhoneOpenYoung: (number: string, closes: string) =>
    `Vil du hellere tale med os? Ring på ${number}. Telefonen er åben nu, til kl. ${closes}.`,
  routinePhoneOpens: (number: string, when: string) =>
    `Vil I hellere tale med os? Ring på ${number}. Telefonen åbner ${when}.`,
  routinePhoneOpensYoung: (number: string, when: string) =>
    `Vil du hellere tale med os? Ring på ${number}. Telefonen åbner ${when}.`,
  whenToday: (time: string) => `i dag kl. ${time}`,
  whenTomorrow: (time: string) => `i morgen kl. ${time}`,
  whenLater: (date: string, time: string) => `${date} kl. ${time}`,
  failTitle: 'Det blev ikke sendt',
  failKept: 'Alt, hvad du har skrevet, er gemt her.',
  failOffline: 'Du er ikke på internettet lige nu. Prøv igen, når du er på igen.',
  failTimeout: 'Det tog for lang tid. Prøv igen om lidt.',
  failGeneral: 'Der skete en fejl hos os. Prøv igen om lidt.',
  failRefused: 'Vi kunne ikke tage imod det lige nu. Ring til kommunen, så hjælper de.',
  receiptReference: 'Dit nummer',
  receiptNext: 'Det sker nu',
  receiptPreTalk: (date: string) =>
    `Vi forsøger at ringe eller skrive til jer inden ${date} for at aftale en første samtale.`,
  receiptPreTalkYoung: (date: string) =>
    `Vi forsøger at ringe eller skrive til dig inden ${date} for at aftale en første samtale.`,
  receiptScreening: (date: string) =>
    `Hvis den første samtale viser, at det er det rigtige, får I en samtale med en behandler, fx en psykolog. Det forsøger vi at nå inden ${date}.`,
  receiptScreeningYoung: (date: string) =>
    `Hvis den første samtale viser, at det er det rigtige, får du en samtale med en behandler, fx en psykolog. Det forsøger vi at nå inden ${date}.`,
  receiptOpenDoor: 'Du er altid velkommen til at kontakte os igen. Også senere.',
  receiptCrisisHeading: 'Hvis det bliver værre, før vi ringer',
  childName: 'Barnets navn',
  childNameYoung: 'Dit navn',
  birthDate: 'Fødselsdato',
  birthDateHint: 'Skriv dag, måned og år, fx 24-12-2014.',
  municipality: 'Kommune',
  municipalityHint: 'Den kommune, barnet bor i.',
  municipalityHintYoung: 'Den kommune, du bor i.',
  chooseMunicipality: 'Vælg kommune',
  cpr: 'CPR-nummer',
  cprHint: 'Fx 241214-1234.',
  ageIs: (age: number) => `Barnet er ${age} år.`,
  ageIsYoung: (age: number) => `Du er ${age} år.`,
  lastYear:
    'Barnet er 17 år. Et forløb, der er gået i gang, kan godt gøres færdigt efter barnets 18-års fødselsdag.',
  lastYearYoung:
    'Du er 17 år. Et forløb, der er gået i gang, kan godt gøres færdigt, efter du er fyldt 18 år.',
  under15Heading: 'Godt, at du skriver til os',
  under15Text:
    'Du er under 15 år. Du må gerne sende det her selv. Før en behandling kan begynde, skal en voksen, der har forældremyndigheden over dig, være med. Vi hjælper dig med at finde ud af, hvordan det kan ske.',
  under15Anonymous:
    'Vil du hellere tale med nogen uden at sige, hvem du er? Det kan du her, gratis og anonymt:',
  childHelplineName: 'BørneTelefonen',
  childHelplineText: 'For børn og unge. Du behøver ikke at sige, hvem du er.',
  tooYoungHeading: 'Tilbuddet er for børn fra 5 år',
  tooYoungText:
    'Vi kan ikke hjælpe så små børn her. Tal med jeres sundhedsplejerske, jeres egen læge eller personalet i dagtilbuddet. De kan hjælpe jer videre, også til PPR.',
  tooOldHeading: 'Tilbuddet er for børn og unge til og med 17 år',
  tooOldText:
    'Fra 18 år kan du få hjælp hos din egen læge. Lægen kan sende dig videre til en psykolog. Du er også velkommen til at spørge kommunen om tilbud til unge voksne.',
  changeDate: 'Er fødselsdatoen forkert? Ret den ovenfor.',
  hardLegend: 'Hvad er svært? Sæt flueben ved det, der passer',
  hardHint: 'Vælg en eller flere, eller skriv med dine egne ord nedenfor.',
  ownWords: 'Fortæl med dine egne ord',
  ownWordsHint: 'Hvad sker der, og hvad vil I gerne have hjælp til?',
  ownWordsHintYoung: 'Hvad sker der, og hvad vil du gerne have hjælp til?',
  errRequired: 'Udfyld feltet.',
  errTooLong: (max: number) => `Skriv højst ${max} tegn.`,
  errRoleRequired: 'Vælg, hvem du er.',
  errAgreeRequired: 'Familien skal vide det og sige ja, før du skriver.',
  errDateInvalid: 'Skriv fødselsdatoen som dag, måned og år, fx 24-12-2014.',
  errDateFuture: 'Fødselsdatoen kan ikke ligge i fremtiden.',
  errAgeOutOfRange: 'Tilbuddet er for børn fra 5 år til og med 17 år.',
  errMunicipalityRequired: 'Vælg kommune.',
  errCprFormat: 'Skriv CPR-nummeret med 10 cifre, fx 241214-1234.',
  errCprDate: 'De første 6 cifre i CPR-nummeret er ikke en rigtig dato.',
  errCprMismatch: 'CPR-nummeret passer ikke med fødselsdatoen.',
  errHardRequired: 'Sæt mindst ét flueben, eller skriv med dine egne ord.',
  errSafetyRequired: 'Svar ja, nej eller ved ikke.',
  errReachRequired: 'Skriv et telefonnummer eller en e-mail, så vi kan nå jer.',
  errReachRequiredYoung: 'Skriv et telefonnummer eller en e-mail, så vi kan nå dig.',
  errPhoneInvalid:
    'Skriv et telefonnummer, vi kan ringe til: 8 cifre, fx 12 34 56 78. Et udenlandsk nummer skal starte med +, fx +46.',
  errEmailInvalid: 'Skriv e-mailen som navn@eksempel.dk.',
  errHolderNameRequired: 'Skriv den voksnes navn.',
};
