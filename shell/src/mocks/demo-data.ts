import { CONTRACT_VERSION, type JournalCase } from '@lettilbud/contract';

/**
 * Demo data, and it says so: the municipality is "Demoby Kommune (demo)" (it borrows the
 * code 101 so the contract's code list accepts it), phone numbers follow the fictional
 * pattern `00 00 00 0N` (no Danish number begins with 0), links use the reserved
 * example.org, and the address is "Eksempelvej".
 */
export const DEMO_MUNICIPALITY = { code: '101', name: 'Demoby Kommune (demo)' } as const;

export const demoDirectory = {
  contractVersion: CONTRACT_VERSION,
  publisher: 'Demoby Kommune (demo, eksempeldata)',
  offers: [
    {
      id: 'demoby-let',
      name: 'Lettilbud i Demoby Kommune (demo)',
      status: 'running',
      municipalities: [DEMO_MUNICIPALITY.code],
      phone: {
        number: '00 00 00 01',
        hours: [
          {
            dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
            opens: '09:00',
            closes: '15:00',
          },
        ],
      },
      email: 'tilbud@example.org',
      website: 'https://example.org/demoby',
      addresses: [{ streetAddress: 'Eksempelvej 1', postalCode: '1000', locality: 'Demoby' }],
      whoMayContact: ['young-person', 'parent', 'professional'],
      waitingTime: { weeks: 2 },
      courses: [
        {
          id: 'tryg-nok',
          name: 'Tryg nok (eksempelforløb)',
          description: 'Et eksempel på et gruppeforløb for børn, der bekymrer sig meget.',
          concerns: ['worry'],
          ages: { min: 7, max: 12 },
          formats: ['group'],
          sessions: { min: 8, max: 10 },
        },
        {
          id: 'godt-humoer',
          name: 'Godt humør (eksempelforløb)',
          concerns: ['sadness', 'stress'],
          ages: { min: 12, max: 17 },
          formats: ['individual'],
          sessions: { min: 6, max: 8 },
        },
      ],
      verifiedAt: '2026-11-01',
    },
  ],
};

/**
 * A seeded, fictional case: first contact 12 days ago, pre-talk held, screening due, a
 * parent's SDQ in, consent for the school, coordination with PPR.
 */
export function demoCase(today = new Date()): JournalCase {
  const day = (offset: number) =>
    new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  return {
    contractVersion: CONTRACT_VERSION,
    id: 'demo-1',
    child: {
      name: 'Demo Barn',
      birthDate: '2014-05-12',
      municipality: DEMO_MUNICIPALITY.code,
      school: 'Demo Skole',
      className: '6.B',
      gp: 'Lægerne i Demoby (demo)',
    },
    responsible: { name: 'Demo Psykolog', role: 'Psykolog' },
    contact: {
      date: day(-12),
      channel: 'digital',
      by: 'parent',
      reason: 'Ondt i maven før skole og bekymringer.',
      concerns: ['worry', 'school-absence'],
    },
    consents: [{ party: 'school', scope: 'both', givenBy: 'custody-holders', date: day(-12) }],
    preTalk: { date: day(-5), staffRole: 'Socialrådgiver', decision: 'offered-treatment' },
    screening: { planned: day(10) },
    questionnaires: [
      {
        instrument: 'SDQ',
        informant: 'parent',
        date: day(-6),
        phase: 'baseline',
        scores: {
          emotional: 7,
          conduct: 2,
          hyperactivity: 4,
          peer: 3,
          prosocial: 8,
          totalDifficulties: 16,
          externalising: 6,
          internalising: 10,
          impact: 3,
        },
      },
    ],
    plan: { course: 'Tryg nok (eksempelforløb)', format: 'individual', plannedSessions: 8 },
    coordination: [{ partner: 'ppr', date: day(-2), note: 'Afstemt med PPR om skolefravær.' }],
  };
}
