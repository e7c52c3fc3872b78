import { expect } from '@open-wc/testing';
import { http, HttpResponse, delay } from 'msw';
import * as z from 'zod/mini';
import { type AskDetail } from '@lettilbud/contract';
import { ask, LtAskError } from '../src/index.js';
import { startMockServer } from '../testing/msw.js';

const ReceiptSchema = z.object({ reference: z.string() });
const Receipt = () => ReceiptSchema;
const payload = { referral: { child: 'A' } };

function host(): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  return el;
}

async function failure(promise: Promise<unknown>): Promise<LtAskError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(LtAskError);
    return error as LtAskError;
  }
  throw new Error('expected the ask to fail');
}

describe('ask: the host answers with respondWith()', () => {
  it('resolves with the validated answer and hands the host key, signal and payload', async () => {
    const el = host();
    let seen: AskDetail<typeof payload> | undefined;
    el.addEventListener('lt-test-submit', (e) => {
      seen = (e as CustomEvent<AskDetail<typeof payload>>).detail;
      expect(e.bubbles && e.composed && e.cancelable).to.equal(true);
      seen.respondWith(Promise.resolve({ reference: 'LT-1' }));
    });
    const receipt = await ask({
      host: el,
      event: 'lt-test-submit',
      payload,
      response: Receipt,
      idempotencyKey: 'k-1',
    });
    expect(receipt).to.deep.equal({ reference: 'LT-1' });
    expect(seen?.idempotencyKey).to.equal('k-1');
    expect(seen?.referral).to.deep.equal({ child: 'A' });
    expect(seen?.signal).to.be.instanceOf(AbortSignal);
  });

  it('is heard by a listener on document (bubbles and composed)', async () => {
    const el = host();
    const onDoc = (e: Event) =>
      (e as CustomEvent<AskDetail<object>>).detail.respondWith({ reference: 'doc' });
    document.addEventListener('lt-test-submit', onDoc);
    try {
      expect(
        await ask({ host: el, event: 'lt-test-submit', payload, response: Receipt }),
      ).to.deep.equal({ reference: 'doc' });
    } finally {
      document.removeEventListener('lt-test-submit', onDoc);
    }
  });

  it('fails as rejected when the host promise rejects', async () => {
    const el = host();
    el.addEventListener('lt-test-submit', (e) =>
      (e as CustomEvent<AskDetail<object>>).detail.respondWith(
        Promise.reject(new Error('db down')),
      ),
    );
    const error = await failure(
      ask({ host: el, event: 'lt-test-submit', payload, response: Receipt }),
    );
    expect(error.kind).to.equal('rejected');
    expect(error.retryable).to.equal(true);
  });

  it('fails as invalid-response, naming the field, when the answer breaks the schema', async () => {
    const el = host();
    el.addEventListener('lt-test-submit', (e) =>
      (e as CustomEvent<AskDetail<object>>).detail.respondWith({ ref: 'secret-value-9' }),
    );
    const logged: string[] = [];
    const original = console.error;
    console.error = (msg: string) => logged.push(msg);
    let error: LtAskError;
    try {
      error = await failure(ask({ host: el, event: 'lt-test-submit', payload, response: Receipt }));
    } finally {
      console.error = original;
    }
    expect(error.kind).to.equal('invalid-response');
    expect(error.message).to.contain('reference');
    // The host developer is told at once what was expected, and never the value.
    expect(logged).to.have.length(1);
    expect(logged[0])
      .to.contain('lt-test-submit')
      .and.contain('respondWith()')
      .and.contain('reference');
    expect(logged[0]).not.to.contain('secret-value-9');
  });

  it('times out and aborts the signal it gave the host', async () => {
    const el = host();
    let signal: AbortSignal | undefined;
    el.addEventListener('lt-test-submit', (e) => {
      const d = (e as CustomEvent<AskDetail<object>>).detail;
      signal = d.signal;
      d.respondWith(new Promise(() => {}));
    });
    const error = await failure(
      ask({ host: el, event: 'lt-test-submit', payload, response: Receipt, timeoutMs: 50 }),
    );
    expect(error.kind).to.equal('timeout');
    expect(signal?.aborted).to.equal(true);
  });

  it('treats preventDefault() without respondWith() as a veto', async () => {
    const el = host();
    el.addEventListener('lt-test-submit', (e) => e.preventDefault());
    const error = await failure(
      ask({ host: el, event: 'lt-test-submit', payload, response: Receipt, endpoint: '/never' }),
    );
    expect(error.kind).to.equal('vetoed');
    expect(error.retryable).to.equal(false);
  });

  it('refuses a late respondWith()', async () => {
    const el = host();
    let late: (() => void) | undefined;
    el.addEventListener('lt-test-submit', (e) => {
      const d = (e as CustomEvent<AskDetail<object>>).detail;
      late = () => d.respondWith({ reference: 'late' });
    });
    await failure(ask({ host: el, event: 'lt-test-submit', payload, response: Receipt }));
    expect(late).to.throw(/synchronously/);
  });

  it('sends nothing anywhere and fails as no-handler without a listener or endpoint', async () => {
    const error = await failure(
      ask({ host: host(), event: 'lt-test-submit', payload, response: Receipt }),
    );
    expect(error.kind).to.equal('no-handler');
  });
});

describe('ask: the endpoint fallback (msw)', () => {
  const seen: { key: string | null; body: unknown }[] = [];
  before(async () => {
    await startMockServer();
  });
  beforeEach(() => {
    seen.length = 0;
  });

  async function use(...handlers: Parameters<Awaited<ReturnType<typeof startMockServer>>['use']>) {
    (await startMockServer()).use(...handlers);
  }

  it('POSTs the payload as JSON with the Idempotency-Key header and returns the receipt', async () => {
    await use(
      http.post('/api/ok', async ({ request }) => {
        seen.push({ key: request.headers.get('Idempotency-Key'), body: await request.json() });
        return HttpResponse.json({ reference: 'LT-42' });
      }),
    );
    const receipt = await ask({
      host: host(),
      event: 'lt-test-submit',
      payload,
      response: Receipt,
      endpoint: '/api/ok',
      idempotencyKey: 'key-a',
    });
    expect(receipt.reference).to.equal('LT-42');
    expect(seen).to.deep.equal([{ key: 'key-a', body: payload }]);
  });

  it('fails as http with the status on 4xx (not retryable) and 5xx (retryable)', async () => {
    await use(
      http.post('/api/400', () => new HttpResponse(null, { status: 400 })),
      http.post('/api/503', () => new HttpResponse(null, { status: 503 })),
    );
    const bad = await failure(
      ask({
        host: host(),
        event: 'lt-test-submit',
        payload,
        response: Receipt,
        endpoint: '/api/400',
      }),
    );
    expect([bad.kind, bad.status, bad.retryable]).to.deep.equal(['http', 400, false]);
    const down = await failure(
      ask({
        host: host(),
        event: 'lt-test-submit',
        payload,
        response: Receipt,
        endpoint: '/api/503',
      }),
    );
    expect([down.kind, down.status, down.retryable]).to.deep.equal(['http', 503, true]);
  });

  it('fails as invalid-response on a body that is not JSON', async () => {
    await use(
      http.post(
        '/api/html',
        () => new HttpResponse('<h1>Oops</h1>', { headers: { 'Content-Type': 'text/html' } }),
      ),
    );
    const error = await failure(
      ask({
        host: host(),
        event: 'lt-test-submit',
        payload,
        response: Receipt,
        endpoint: '/api/html',
      }),
    );
    expect(error.kind).to.equal('invalid-response');
  });

  it('fails as timeout when the server is too slow', async () => {
    await use(
      http.post('/api/slow', async () => {
        await delay(2_000);
        return HttpResponse.json({ reference: 'too late' });
      }),
    );
    const error = await failure(
      ask({
        host: host(),
        event: 'lt-test-submit',
        payload,
        response: Receipt,
        endpoint: '/api/slow',
        timeoutMs: 100,
      }),
    );
    expect(error.kind).to.equal('timeout');
  });

  it('fails as network when the server cannot be reached', async () => {
    await use(http.post('/api/gone', () => HttpResponse.error()));
    const error = await failure(
      ask({
        host: host(),
        event: 'lt-test-submit',
        payload,
        response: Receipt,
        endpoint: '/api/gone',
      }),
    );
    expect(error.kind).to.equal('network');
  });

  it('reuses the idempotency key on a retry after a failure', async () => {
    let calls = 0;
    await use(
      http.post('/api/flaky', ({ request }) => {
        seen.push({ key: request.headers.get('Idempotency-Key'), body: null });
        calls++;
        return calls === 1
          ? new HttpResponse(null, { status: 502 })
          : HttpResponse.json({ reference: 'LT-7' });
      }),
    );
    const key = 'retry-key-1';
    const options = {
      host: host(),
      event: 'lt-test-submit',
      payload,
      response: Receipt,
      endpoint: '/api/flaky',
      idempotencyKey: key,
    } as const;
    await failure(ask(options));
    expect((await ask(options)).reference).to.equal('LT-7');
    expect(seen.map((s) => s.key)).to.deep.equal([key, key]);
  });

  it('GETs without a body or key for reads', async () => {
    await use(
      http.get('/api/case/7', ({ request }) => {
        seen.push({ key: request.headers.get('Idempotency-Key'), body: null });
        return HttpResponse.json({ reference: 'case' });
      }),
    );
    await ask({
      host: host(),
      event: 'lt-test-request',
      payload: { caseId: '7' },
      response: Receipt,
      endpoint: '/api/case/7',
      method: 'GET',
    });
    expect(seen).to.deep.equal([{ key: null, body: null }]);
  });
});
