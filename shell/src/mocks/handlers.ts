import { http, HttpResponse, delay } from 'msw';
import { CONTRACT_VERSION, type JournalCase } from '@lettilbud/contract';
import { placeholderQuestionnaire } from '@lettilbud/sdq-form/placeholder';

/**
 * The demo backend. It stands where a municipality's own backend would: it receives the
 * referral and the SDQ, answers with a receipt, and serves a case to the journal panel.
 * Idempotency works as a real backend's should: the same key gets the same receipt.
 */
const receipts = new Map<string, string>();
let counter = 1000;

function receiptFor(key: string | null, prefix: string) {
  const id = key ?? crypto.randomUUID();
  let reference = receipts.get(id);
  if (!reference) {
    reference = `${prefix}-${++counter}`;
    receipts.set(id, reference);
  }
  return { reference, receivedAt: new Date().toISOString() };
}

/**
 * A seeded, fictional case for the journal panel: first contact 12 days ago, pre-talk held,
 * screening due, a parent's SDQ in, consent for the school, coordination with PPR (no
 * consent yet: the checklist shows it).
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
      school: 'Demo Skole',
      className: '6.B',
      gp: 'Lægerne i Demoby',
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
    coordination: [{ partner: 'ppr', date: day(-2), note: 'Afstemt med PPR om skolefravær.' }],
  };
}

export const handlers = [
  http.post('/api/referrals', async ({ request }) => {
    await delay(400);
    return HttpResponse.json(receiptFor(request.headers.get('Idempotency-Key'), 'HEN'));
  }),
  http.post('/api/sdq-responses', async ({ request }) => {
    await delay(300);
    return HttpResponse.json(receiptFor(request.headers.get('Idempotency-Key'), 'SDQ'));
  }),
  http.get('/api/questionnaires/sdq-placeholder', () =>
    HttpResponse.json(placeholderQuestionnaire()),
  ),
  http.get('/api/cases/:id', async ({ params }) => {
    await delay(150);
    if (params.id !== 'demo-1') return new HttpResponse(null, { status: 404 });
    return HttpResponse.json(demoCase());
  }),
];
