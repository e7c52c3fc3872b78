import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { lazy } from '@lettilbud/contract';
import { SubmissionController, askModule, prefetchOnFirstUse } from '../src/index.js';

describe('loading on first use', () => {
  it('prefetchOnFirstUse() loads every module once, on the first focus or touch', async () => {
    const el = await fixture<HTMLButtonElement>(html`<button>x</button>`);
    let calls = 0;
    const module = lazy(() => Promise.resolve(++calls));
    const loaded = lazy(() => Promise.resolve('already'));
    await loaded.load();
    prefetchOnFirstUse(el, module, loaded);
    expect(calls).to.equal(0);
    el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    el.focus();
    el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await module.load();
    expect(calls).to.equal(1);
  });

  class SendHost extends LitElement {}
  customElements.define('lt-test-send-host', SendHost);

  it('a part of the form that cannot load is a retryable failure, and the retry keeps the key', async () => {
    await askModule.load();
    const host = await fixture<SendHost>(html`<lt-test-send-host></lt-test-send-host>`);
    let keys = 0;
    const send = new SubmissionController<{ n: number }, { reference: string }>(host, {
      event: 'lt-referral-submit',
      response: (schemas) => schemas.ReferralReceipt,
      endpoint: () => null,
      timeoutMs: () => 2000,
      onKey: () => keys++,
    });
    const offline = await send.send(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(offline).to.equal(null);
    expect(send.state.kind).to.equal('failed');
    const error = send.state.kind === 'failed' ? send.state.error : null;
    expect(error?.kind).to.equal('network');
    expect(error?.retryable).to.equal(true);
    const key = send.key;
    expect(key).to.be.a('string');

    const seen: string[] = [];
    host.addEventListener('lt-referral-submit', (e) => {
      const detail = (e as CustomEvent).detail as {
        idempotencyKey: string;
        respondWith(a: unknown): void;
      };
      seen.push(detail.idempotencyKey);
      detail.respondWith({ reference: 'LT-1', receivedAt: '2026-11-23T10:00:00Z' });
    });
    const receipt = await send.send(async () => ({ n: 1 }));
    expect(seen).to.deep.equal([key]);
    expect(receipt?.reference).to.equal('LT-1');
    expect(keys).to.equal(1);
  });
});
