import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { DraftStore, sweepDrafts } from '../src/index.js';

describe('DraftStore', () => {
  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('keeps a draft in sessionStorage by default and reads it back', async () => {
    const store = new DraftStore<{ name: string }>({ key: 'test', storage: 'session' });
    expect(store.save({ name: 'Ida' })).to.equal(true);
    expect(sessionStorage.getItem('lettilbud:draft:test')).to.contain('Ida');
    expect(localStorage.length).to.equal(0);
    expect((await new DraftStore({ key: 'test', storage: 'session' }).load())?.data).to.deep.equal({
      name: 'Ida',
    });
  });

  it('uses localStorage only when asked', () => {
    new DraftStore({ key: 'test', storage: 'local' }).save({ a: 1 });
    expect(localStorage.getItem('lettilbud:draft:test')).to.contain('"a":1');
    expect(sessionStorage.length).to.equal(0);
  });

  it('writes nothing anywhere with storage none', async () => {
    const store = new DraftStore({ key: 'test', storage: 'none' });
    expect(store.save({ a: 1 })).to.equal(false);
    expect(store.has()).to.equal(false);
    expect(await store.load()).to.equal(null);
    expect(sessionStorage.length + localStorage.length).to.equal(0);
  });

  it('expires drafts after the TTL and removes them on load', async () => {
    let now = 1_000;
    const store = new DraftStore({ key: 'test', storage: 'session', ttlMs: 500, now: () => now });
    store.save({ a: 1 });
    now = 1_499;
    expect((await store.load())?.data).to.deep.equal({ a: 1 });
    now = 1_500;
    expect(store.has()).to.equal(true);
    expect(await store.load()).to.equal(null);
    expect(store.has()).to.equal(false);
    expect(sessionStorage.getItem('lettilbud:draft:test')).to.equal(null);
  });

  it('drops a draft that no longer fits its schema, or is not JSON', async () => {
    sessionStorage.setItem('lettilbud:draft:test', '{not json');
    let loads = 0;
    const schema = () => (loads++, Promise.resolve(z.object({ name: z.string() })));
    expect(await new DraftStore({ key: 'test', storage: 'session', schema }).load()).to.equal(null);
    expect(sessionStorage.getItem('lettilbud:draft:test')).to.equal(null);
    expect(loads, 'an unreadable draft needs no schema').to.equal(0);
    new DraftStore({ key: 'test', storage: 'session' }).save({ name: 42 });
    expect(await new DraftStore({ key: 'test', storage: 'session', schema }).load()).to.equal(null);
    expect(loads).to.equal(1);
    new DraftStore({ key: 'test', storage: 'session' }).save({ name: 'Ida' });
    expect(
      (await new DraftStore({ key: 'test', storage: 'session', schema }).load())?.data,
    ).to.deep.equal({ name: 'Ida' });
  });

  it('keeps the draft when its schema cannot load (offline), to read it next time', async () => {
    new DraftStore({ key: 'test', storage: 'session' }).save({ name: 'Ida' });
    const schema = () => Promise.reject(new Error('chunk failed'));
    expect(await new DraftStore({ key: 'test', storage: 'session', schema }).load()).to.equal(null);
    expect(sessionStorage.getItem('lettilbud:draft:test')).to.contain('Ida');
  });

  it('clear() deletes what was written', async () => {
    const store = new DraftStore({ key: 'test', storage: 'session' });
    store.save({ a: 1 });
    store.clear();
    expect(await store.load()).to.equal(null);
  });

  it('sweepDrafts() removes only expired Lettilbud drafts', () => {
    new DraftStore({ key: 'old', storage: 'session', ttlMs: 1, now: () => 0 }).save({});
    new DraftStore({ key: 'new', storage: 'session' }).save({});
    sessionStorage.setItem('other-app', 'x');
    expect(sweepDrafts('session')).to.equal(1);
    expect(sessionStorage.getItem('lettilbud:draft:new')).to.not.equal(null);
    expect(sessionStorage.getItem('other-app')).to.equal('x');
  });
});

describe('DraftStore.fromAttributes', () => {
  it('takes the storage and TTL attributes, falling back with one warning on wrong values', () => {
    const warnings: string[] = [];
    const checked = <V>(
      attribute: string,
      value: unknown,
      guard: (v: unknown) => v is V,
      fallback: V,
    ) => {
      if (guard(value)) return value;
      warnings.push(attribute);
      return fallback;
    };
    const ok = DraftStore.fromAttributes({ key: 'a', storage: 'local', ttlHours: 2 }, checked);
    expect([ok.storage, ok.ttlMs]).to.deep.equal(['local', 7_200_000]);
    const wrong = DraftStore.fromAttributes({ key: 'b', storage: 'cloud', ttlHours: -1 }, checked);
    expect([wrong.storage, wrong.ttlMs]).to.deep.equal(['session', 86_400_000]);
    expect(warnings).to.deep.equal(['storage', 'draft-ttl']);
  });
});
