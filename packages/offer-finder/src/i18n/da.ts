import { MUNICIPALITY_ATTRIBUTION } from '@lettilbud/contract';

export const da = {
  title: 'Find hjælp til børn og unge i din kommune',
  intro:
    'Alle kommuner har et gratis tilbud til børn og unge fra 5 til 17 år, der har det svært. I behøver ikke en henvisning: I kan selv tage kontakt.',
  crisisLink: 'Brug for hjælp nu?',
  crisisHeading: 'Brug for hjælp nu?',
  crisisIntro: 'Hvis nogen er i fare, skal I ikke vente. Ring med det samme:',
  loading: 'Henter oplysninger …',
  municipalityLabel: 'Kommune eller postnummer',
  municipalityHint: 'Skriv navnet på kommunen eller jeres postnummer.',
  noMatch: 'Ingen kommune passer. Prøv at stave det anderledes.',
  postalUnknown: (code: string) =>
    `Vi kender ikke postnummer ${code}. Skriv kommunens navn i stedet.`,
  postalUnavailable: 'Søgning på postnummer virker ikke lige nu. Skriv kommunens navn i stedet.',
  postalSeveral: (code: string) => `Postnummer ${code} ligger i flere kommuner. Hvilken bor I i?`,
  options: (n: number) => (n === 1 ? '1 kommune passer' : `${n} kommuner passer`),
  chosen: 'Kommune',
  change: 'Skift kommune',
  filters: 'Hvem og hvad handler det om?',
  ageLabel: 'Hvor gammel er barnet eller den unge?',
  ageAny: 'Vælg alder',
  ageYears: (n: number) => `${n} år`,
  selfHarmNow:
    'Gør nogen skade på sig selv lige nu, eller tænker nogen på ikke at ville leve? Så vent ikke på et forløb.',
  selfHarmLink: 'Se, hvor I kan få hjælp nu',
  concernsLabel: 'Hvad er svært? (vælg gerne flere)',
  formatLabel: 'Hvordan vil I helst have hjælp?',
  formatAny: 'Det er lige meget',
  individual: 'Alene med en behandler',
  group: 'I en gruppe med andre',
  parents: 'Forældre får hjælp til at hjælpe',
  tooYoungTitle: 'Tilbuddet er for børn fra 5 år',
  tooYoung:
    'For mindre børn kan I tale med sundhedsplejersken, dagtilbuddet eller jeres egen læge. De kan hjælpe jer videre.',
  tooOldTitle: 'Tilbuddet er for unge op til 17 år',
  tooOld:
    'Fra 18 år kan du tale med din egen læge om hjælp. Er du allerede i gang med et forløb, kan du gøre det færdigt efter du fylder 18.',
  noDetails: (name: string) =>
    `Vi har ikke oplysninger om tilbuddet i ${name} endnu. Kontakt kommunen.`,
  noDetailsHint:
    'Alle kommuner har tilbuddet. Søg efter "lettilgængeligt tilbud" på kommunens hjemmeside, eller ring til kommunen og spørg efter det.',
  borgerDk: 'Find din kommune på borger.dk',
  typical: 'Forløb, som mange kommuner bruger',
  status: 'Status',
  'status-running': 'Tilbuddet er i gang',
  'status-not-yet-running':
    'Tilbuddet er ikke startet endnu. Kontakt kommunen for at høre, hvornår det starter',
  'status-unknown': 'Kontakt kommunen for at høre, hvordan I kommer i gang',
  serves: (names: string) => `For børn og unge i ${names}`,
  contactTitle: 'Sådan kontakter I tilbuddet',
  phone: 'Telefon',
  openNow: (closes: string) => `Åben nu, til kl. ${closes}`,
  opensAt: (when: string) => `Lukket nu. Åbner ${when}`,
  closedNoHours:
    'Lukket nu. Vi kender ikke telefontiden de næste 14 dage. Se tilbuddets hjemmeside, eller kontakt kommunen.',
  today: 'i dag',
  email: 'E-mail',
  digitalLabel: 'Digitalt',
  digital: 'Skriv til tilbuddet',
  website: 'Tilbuddets hjemmeside',
  address: 'Adresse',
  whoMay: 'Hvem kan kontakte?',
  'who-young-person': 'den unge selv',
  'who-parent': 'forældre',
  'who-professional': 'fagpersoner, fx lærere',
  'who-gp': 'egen læge',
  waiting: 'Forventet ventetid',
  waitingWeeks: (n: number) => `cirka ${n} uger`,
  targets:
    'Tilbuddet forsøger at holde en første samtale med jer (en forsamtale) inden for 14 dage, efter I har taget kontakt. Hvis I sammen finder ud af, at det er det rigtige, forsøger de at holde en længere samtale med en behandler (en screening) inden for 30 dage. Det er mål, ikke løfter: nogle gange tager det længere tid.',
  cannotWait: 'Kan det ikke vente? Se, hvor I kan få hjælp nu',
  openDoor: 'I kan altid kontakte tilbuddet igen, også hvis I har fået hjælp før.',
  verified: (date: string) => `Oplysningerne er sidst tjekket ${date}.`,
  coursesTitle: 'Forløb, der kan passe',
  courseCount: (n: number) =>
    n === 0
      ? 'Ingen forløb passer til det, I har valgt'
      : n === 1
        ? '1 forløb passer'
        : `${n} forløb passer`,
  noCourses:
    'Ingen forløb passer præcist. Kontakt tilbuddet alligevel: de kan hjælpe jer med at finde den rigtige hjælp.',
  courseAges: (min: number, max: number) => `${min}-${max} år`,
  courseSessions: (min: number, max: number) =>
    min === max ? `${min} gange` : `${min}-${max} gange`,
  courseFor: 'Hjælper med',
  courseManual: 'Bygger på metoden',
  courseProvider: 'Drives af',
  getInTouch: 'Kontakt tilbuddet om dette forløb',
  dataError:
    'Vi kunne ikke hente kommunens oplysninger lige nu. Vi viser de oplysninger, vi selv har, og de kan være ældre. Prøv igen senere, eller kontakt kommunen.',
  dataPartial: (n: number) =>
    n === 1
      ? '1 tilbud kan ikke vises, fordi der er fejl i oplysningerne om det. Kontakt kommunen for at høre om det.'
      : `${n} tilbud kan ikke vises, fordi der er fejl i oplysningerne om dem. Kontakt kommunen for at høre om dem.`,
  noContact:
    'Vi har ikke tilbuddets telefonnummer eller adresse. Find dem på kommunens hjemmeside, eller ring til kommunen og spørg efter tilbuddet.',
  aboutData: 'Om data',
  aboutOffers: (publisher: string) => `Oplysningerne om tilbuddene er fra ${publisher}.`,
  aboutOffersDefault:
    'Oplysningerne om tilbuddene er samlet fra Sundhedsstyrelsens faglige ramme for tilbuddet og fra Københavns Kommunes beskrivelse af sit tilbud. Er I i tvivl, så spørg kommunen.',
  aboutMunicipalities: `Kommuner og regioner: ${MUNICIPALITY_ATTRIBUTION}.`,
  aboutPostal:
    'Postnumre: PostNords liste fra 2020. Er jeres postnummer nyere, så skriv kommunens navn.',
};
