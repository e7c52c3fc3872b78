import { CONTRACT_VERSION, type OfferDirectory } from '@lettilbud/contract';

/**
 * The embedded default directory, loaded as its own chunk only when the host gives no
 * `directory` and no `src`. It holds only what the national framework (Sundhedsstyrelsen,
 * Socialstyrelsen, STUK) and Copenhagen's published model state: Copenhagen's entrance and
 * proposed course range, and the national catalogue of manual-based courses. It holds NO
 * phone numbers, addresses or opening hours it could not source: for every other
 * municipality the finder says it has no details and points to the municipality. Course
 * titles are the framework's own (box 4 of Sundhedsstyrelsen's framework), word for word.
 */
export const DEFAULT_DIRECTORY: OfferDirectory & { offers: unknown[]; catalogue: unknown[] } = {
  contractVersion: CONTRACT_VERSION,
  publisher: 'Lettilbud (indbygget standard)',
  offers: [
    {
      id: 'kbh-entre',
      name: 'Entréen: fælles indgang til de lettilgængelige tilbud',
      status: 'unknown',
      municipalities: ['101'],
      description:
        'Københavns Kommune har én fælles indgang ("Entréen") i Center for Mental Sundhed. Man kan ringe til Entréen i faste telefontider. Her holdes forsamtalen, og herfra guides man videre til et forløb eller anden hjælp. Telefonnummer, telefontider og adresse står på kommunens hjemmeside.',
      ages: { min: 5, max: 17 },
      whoMayContact: ['young-person', 'parent', 'professional', 'gp'],
      courses: [
        {
          id: 'kbh-mind-my-mind',
          name: 'Mind My Mind',
          manual: 'Mind My Mind',
          concerns: ['worry', 'sadness', 'behaviour'],
          ages: { min: 6, max: 16 },
          formats: ['individual', 'parents'],
          sessions: { min: 9, max: 13 },
          provider: 'Børne- og Ungdomsforvaltningen',
        },
        {
          id: 'kbh-cool-kids',
          name: 'Cool Kids / Chilled',
          manual: 'Cool Kids / Chilled',
          concerns: ['worry'],
          ages: { min: 7, max: 17 },
          formats: ['group', 'individual'],
          sessions: { min: 10, max: 10 },
          provider: 'Børne- og Ungdomsforvaltningen / Socialforvaltningen',
        },
        {
          id: 'kbh-unge-15-17',
          // The source describes this course by diagnoses and names no title: families read
          // it in the framework's everyday words.
          name: 'Forløb for unge med bekymringer, tristhed eller stress',
          concerns: ['worry', 'sadness', 'stress'],
          ages: { min: 15, max: 17 },
          formats: ['individual', 'group'],
          provider: 'Sundheds- og Omsorgsforvaltningen',
        },
        {
          id: 'kbh-ung-paa-vej',
          name: 'Ung på vej',
          concerns: ['other'],
          ages: { min: 13, max: 15 },
          formats: ['individual'],
          provider: 'Sundheds- og Omsorgsforvaltningen',
        },
        {
          id: 'kbh-stime-krop-mad',
          name: 'STIME: Når tanker om krop og mad fylder for meget',
          manual: 'STIME',
          concerns: ['body-and-food'],
          ages: { min: 10, max: 17 },
          formats: ['individual', 'parents'],
          sessions: { min: 6, max: 10 },
          provider: 'Socialforvaltningen',
        },
        {
          id: 'kbh-stime-selvskade',
          name: 'STIME: Når svære følelser fører til selvskade',
          manual: 'STIME',
          concerns: ['self-harm'],
          ages: { min: 12, max: 17 },
          formats: ['individual'],
          sessions: { min: 8, max: 10 },
          provider: 'Socialforvaltningen',
        },
        {
          id: 'kbh-pmto',
          name: 'PMTO',
          manual: 'PMTO',
          concerns: ['behaviour', 'restlessness'],
          ages: { min: 5, max: 12 },
          formats: ['parents'],
          provider: 'Socialforvaltningen',
        },
      ],
      // The date these details were compiled from the municipality's published orientation
      // about establishing the offer (the source names no phone, address or hours).
      verifiedAt: '2026-11-23',
    },
  ],
  catalogue: [
    {
      id: 'cool-kids',
      name: 'Cool Kids / Chilled',
      manual: 'Cool Kids / Chilled',
      concerns: ['worry'],
      ages: { min: 7, max: 19 },
      formats: ['individual', 'group'],
      sessions: { min: 10, max: 10 },
    },
    {
      id: 'mind-my-mind',
      name: 'Mind My Mind',
      manual: 'Mind My Mind',
      concerns: ['worry', 'sadness', 'behaviour'],
      ages: { min: 6, max: 16 },
      formats: ['individual', 'parents'],
      sessions: { min: 9, max: 13 },
    },
    {
      id: 'stime-bekymring',
      name: 'STIME: Når bekymring eller tristhed fylder for meget',
      manual: 'STIME',
      concerns: ['worry', 'sadness'],
      ages: { min: 6, max: 17 },
      formats: ['individual', 'group'],
      sessions: { min: 6, max: 13 },
    },
    {
      id: 'stime-selvskade',
      name: 'STIME: Når svære følelser fører til selvskade',
      manual: 'STIME',
      concerns: ['self-harm'],
      ages: { min: 12, max: 17 },
      formats: ['individual'],
      sessions: { min: 8, max: 10 },
    },
    {
      id: 'stime-krop-mad',
      name: 'STIME: Når tanker om krop og mad fylder for meget',
      manual: 'STIME',
      concerns: ['body-and-food'],
      ages: { min: 10, max: 17 },
      formats: ['individual', 'parents'],
      sessions: { min: 6, max: 10 },
    },
    {
      id: 'stime-uro',
      name: 'STIME: Når uro, opmærksomhed eller impulsivitet er en udfordring',
      manual: 'STIME',
      concerns: ['restlessness'],
      ages: { min: 3, max: 10 },
      formats: ['parents', 'group'],
      sessions: { min: 4, max: 4 },
    },
    {
      id: 'stime-tvang',
      name: 'STIME: Når gentagne tanker og handlinger tager styringen',
      manual: 'STIME',
      concerns: ['compulsions'],
      ages: { min: 6, max: 17 },
      formats: ['individual'],
      sessions: { min: 8, max: 11 },
    },
  ],
};
