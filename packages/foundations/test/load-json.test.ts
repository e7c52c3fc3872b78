import { expect } from '@open-wc/testing';
import { http, HttpResponse, delay } from 'msw';
import { LtLoadError, loadJson } from '../src/index.js';
import { startMockServer } from '../testing/msw.js';

async function kindOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    expect(error).to.be.instanceOf(LtLoadError);
    return (error as LtLoadError).kind;
  }
}

describe('loadJson (src attributes)', () => {
  before(async () => {
    (await startMockServer()).use(
      http.get('/feed/ok', () => HttpResponse.json({ a: 1 })),
      http.get('/feed/500', () => new HttpResponse(null, { status: 500 })),
      http.get(
        '/feed/html',
        () => new HttpResponse('<html>', { headers: { 'Content-Type': 'text/html' } }),
      ),
      http.get('/feed/slow', async () => {
        await delay(2_000);
        return HttpResponse.json({});
      }),
      http.get('/feed/down', () => HttpResponse.error()),
    );
  });

  it('returns the parsed JSON', async () => {
    expect(await loadJson('/feed/ok')).to.deep.equal({ a: 1 });
  });

  it('names the failure: http, invalid-json, timeout, network', async () => {
    expect(await kindOf(loadJson('/feed/500'))).to.equal('http');
    expect(await kindOf(loadJson('/feed/html'))).to.equal('invalid-json');
    expect(await kindOf(loadJson('/feed/slow', { timeoutMs: 100 }))).to.equal('timeout');
    expect(await kindOf(loadJson('/feed/down'))).to.equal('network');
  });
});
