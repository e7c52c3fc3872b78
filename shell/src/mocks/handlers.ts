import { http, HttpResponse, delay, passthrough } from 'msw';
import type { JournalCase } from '@lettilbud/contract';
import { placeholderQuestionnaire } from '@lettilbud/sdq-form/placeholder';
import { demoCase, demoDirectory } from './demo-data.js';
import {
  allCases,
  backendMode,
  clearAll,
  getCase,
  getKey,
  putCase,
  putCaseWithKey,
} from './store.js';

/**
 * The demo backend: what a municipality's own backend would be. It receives referrals and SDQ
 * responses (the same Idempotency-Key twice gives the same answer and one case), turns them
 * into cases with the contract's journey functions (never its own mapping), serves cases,
 * applies the journal panel's actions, and fails on demand (down: 503; slow: 3 s).
 */
export { demoCase };

/** Empties the demo and seeds its one fictional case. */
export async function resetDemo(): Promise<void> {
  await clearAll();
  await seed();
}

async function seed(): Promise<void> {
  const c = demoCase();
  await putCase({ id: c.id, case: c, receivedAt: `${c.contact!.date}T09:00:00Z`, notes: [] });
}

let seeded: Promise<void> | null = null;
/** Seeds the demo case the first time the backend runs in this browser. */
function ready(): Promise<void> {
  seeded ??= (async () => {
    if (localStorage.getItem('lettilbud-demo:seeded')) return;
    await seed();
    localStorage.setItem('lettilbud-demo:seeded', '1');
  })();
  return seeded;
}

/** The failure the visitor asked for, if any: down answers 503; slow waits 3 s first. */
async function failOnDemand(): Promise<Response | null> {
  const mode = backendMode();
  if (mode.slow) await delay(3000);
  if (mode.down) return HttpResponse.json({ error: 'Demo: backend nede' }, { status: 503 });
  await ready();
  return null;
}

/** The contract's journey functions, loaded on the first request that needs them. */
const journey = () => import('./journey.js');

async function unreadable(error: unknown): Promise<Response> {
  const { LtJourneyError } = await journey();
  if (error instanceof LtJourneyError)
    return HttpResponse.json({ error: 'Not read', issues: error.issues }, { status: 422 });
  return HttpResponse.json({ error: 'Not read' }, { status: 400 });
}

let counter = 0;
async function nextReference(): Promise<string> {
  const taken = new Set((await allCases()).map((c) => c.id));
  let ref: string;
  do ref = `LT-DEMO-${String(++counter).padStart(4, '0')}`;
  while (taken.has(ref));
  return ref;
}

/**
 * Makes the handlers without the call frame msw records for each (it takes an Error's stack,
 * for its own warnings to developers): reading eleven stacks was the biggest single cost of
 * the backend's start. Chromium's `Error.stackTraceLimit`; other browsers ignore it.
 */
function withoutCallFrames<T>(make: () => T): T {
  const errors = Error as { stackTraceLimit?: number };
  const limit = errors.stackTraceLimit;
  errors.stackTraceLimit = 0;
  try {
    return make();
  } finally {
    errors.stackTraceLimit = limit;
  }
}

export const handlers = withoutCallFrames(() => [
  // Once the worker controls the page, every request goes through it to these handlers, the
  // widgets' code chunks too: those go on at the first handler, not after msw has tried
  // (and read the page's cookies for) each of the backend's.
  http.all(
    ({ request }) => !new URL(request.url).pathname.startsWith('/api/'),
    () => passthrough(),
  ),
  http.get('/api/offers', async () => (await failOnDemand()) ?? HttpResponse.json(demoDirectory)),
  http.post('/api/referrals', async ({ request }) => {
    const failed = await failOnDemand();
    if (failed) return failed;
    const key = request.headers.get('Idempotency-Key');
    if (key) {
      const seen = await getKey(`referral:${key}`);
      if (seen) return HttpResponse.json(seen.receipt);
    }
    const body = (await request.json().catch(() => null)) as { referral?: unknown } | null;
    const receipt = { reference: await nextReference(), receivedAt: new Date().toISOString() };
    const { caseFromReferral } = await journey();
    let journalCase: JournalCase;
    try {
      journalCase = caseFromReferral(body?.referral, receipt);
    } catch (error) {
      return unreadable(error);
    }
    await putCaseWithKey(
      { id: journalCase.id, case: journalCase, receivedAt: receipt.receivedAt, notes: [] },
      key ? { key: `referral:${key}`, receipt } : null,
    );
    return HttpResponse.json(receipt);
  }),
  http.get(
    '/api/questionnaires/sdq-placeholder',
    async () => (await failOnDemand()) ?? HttpResponse.json(placeholderQuestionnaire()),
  ),
  http.get('/api/cases', async () => {
    const failed = await failOnDemand();
    if (failed) return failed;
    return HttpResponse.json(await allCases());
  }),
  // The leaders' overview: the cases themselves, as <lt-offer-overview src> reads them.
  http.get('/api/overview/cases', async () => {
    const failed = await failOnDemand();
    if (failed) return failed;
    return HttpResponse.json((await allCases()).map((stored) => stored.case));
  }),
  http.get('/api/cases/:id', async ({ params }) => {
    const failed = await failOnDemand();
    if (failed) return failed;
    const stored = await getCase(String(params.id));
    return stored ? HttpResponse.json(stored.case) : new HttpResponse(null, { status: 404 });
  }),
  http.get('/api/cases/:id/notes', async ({ params }) => {
    const failed = await failOnDemand();
    if (failed) return failed;
    const stored = await getCase(String(params.id));
    return stored ? HttpResponse.json(stored.notes) : new HttpResponse(null, { status: 404 });
  }),
  http.post('/api/cases/:id/sdq', async ({ params, request }) => {
    const failed = await failOnDemand();
    if (failed) return failed;
    const stored = await getCase(String(params.id));
    if (!stored) return new HttpResponse(null, { status: 404 });
    const key = request.headers.get('Idempotency-Key');
    if (key) {
      const seen = await getKey(`sdq:${key}`);
      if (seen) return HttpResponse.json(seen.receipt);
    }
    const body = (await request.json().catch(() => null)) as { result?: unknown } | null;
    const { caseWithSdq } = await journey();
    let updated: JournalCase;
    try {
      updated = caseWithSdq(stored.case, body?.result);
    } catch (error) {
      return unreadable(error);
    }
    const receipt = { reference: `${stored.id}-SDQ`, receivedAt: new Date().toISOString() };
    await putCaseWithKey({ ...stored, case: updated }, key ? { key: `sdq:${key}`, receipt } : null);
    return HttpResponse.json(receipt);
  }),
  http.post('/api/cases/:id/actions', async ({ params, request }) => {
    const failed = await failOnDemand();
    if (failed) return failed;
    const stored = await getCase(String(params.id));
    if (!stored) return new HttpResponse(null, { status: 404 });
    const body = (await request.json().catch(() => null)) as {
      action?: unknown;
      note?: unknown;
    } | null;
    const { applyAction, JOURNAL_ACTIONS } = await journey();
    const action = JOURNAL_ACTIONS.find((a) => a === body?.action);
    if (!action) return HttpResponse.json({ error: 'Unknown action' }, { status: 400 });
    const updated = applyAction(
      stored,
      action,
      typeof body?.note === 'string' ? body.note : undefined,
    );
    await putCase(updated);
    return HttpResponse.json(updated.case);
  }),
  http.get('/api/cases/:id/kl-report', async ({ params }) => {
    const failed = await failOnDemand();
    if (failed) return failed;
    const stored = await getCase(String(params.id));
    if (!stored) return new HttpResponse(null, { status: 404 });
    const { caseToLttBundle } = await journey();
    try {
      return HttpResponse.json(
        caseToLttBundle(stored.case, { timestamp: new Date().toISOString() }),
      );
    } catch (error) {
      return unreadable(error);
    }
  }),
]);
