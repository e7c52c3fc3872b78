import { http, HttpResponse, delay } from 'msw';
import { CONTRACT_VERSION } from '@lettilbud/contract';

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

/** A seeded case for the journal panel: contact 10 days ago, pre-talk done, screening due. */
export function demoCase(today = new Date()) {
  const day = (offset: number) =>
    new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  return {
    contractVersion: CONTRACT_VERSION,
    id: 'demo-1',
    child: { name: 'Demo Barn', birthDate: '2014-05-12' },
    contact: { date: day(-10), reason: 'Bekymringer og ondt i maven før skole.' },
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
  http.get('/api/cases/:id', async ({ params }) => {
    await delay(150);
    if (params.id !== 'demo-1') return new HttpResponse(null, { status: 404 });
    return HttpResponse.json(demoCase());
  }),
];
