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
  ageLabel: 'Barnets alder',
  ageAny: 'Vælg alder',
  ageYears: (n: number) => `${n} år`,
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
  'status-not-yet-running': 'Tilbuddet er ikke startet endnu',
  'status-unknown': 'Vi ved ikke, om tilbuddet er startet',
  serves: (names: string) => `For børn og unge i ${names}`,
  contactTitle: 'Sådan kontakter I tilbuddet',
  phone: 'Telefon',
  openNow: (closes: string) => `Åben nu, til kl. ${closes}`,
  opensAt: (when: string) => `Lukket nu. Åbner ${when}`,
  closedNoHours: 'Lukket nu. Ingen telefontid kendt de næste 14 dage.',
  today: 'i dag',
  email: 'E-mail',
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
    'Målet er en forsamtale inden for 14 dage og en screening inden for 30 dage efter, at I har taget kontakt.',
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
    'Ingen forløb passer præcist. Kontakt tilbuddet alligevel: de finder den rigtige hjælp sammen med jer.',
  courseAges: (min: number, max: number) => `${min}-${max} år`,
  courseSessions: (min: number, max: number) =>
    min === max ? `${min} gange` : `${min}-${max} gange`,
  courseFor: 'Hjælper med',
  courseManual: 'Bygger på metoden',
  courseProvider: 'Drives af',
  getInTouch: 'Kontakt tilbuddet om dette forløb',
  dataError:
    'Vi kunne ikke læse oplysningerne fra kommunen. Vi viser de indbyggede oplysninger i stedet.',
  dataPartial: (n: number) =>
    n === 1
      ? '1 tilbud kunne ikke vises, fordi oplysningerne var fejlbehæftede.'
      : `${n} tilbud kunne ikke vises, fordi oplysningerne var fejlbehæftede.`,
  attributionPostal: 'Postnumre: PostNord 2020 (licens ikke bekræftet).',
};
