import { expect } from '@open-wc/testing';
import {
  EVENTS,
  arrayOf,
  combine,
  contractSchemas,
  dataError,
  intIn,
  journalAction,
  journalRequest,
  lazy,
  matches,
  offerFinderChange,
  offerSelect,
  oneOf,
  positive,
  recordOf,
  isString,
  referralSubmit,
  referralSubmitted,
  referralUrgent,
  sdqSubmit,
  sdqSubmitted,
  overviewRequest,
} from '../src/index.js';
import { LtOfferFinder } from '../../offer-finder/src/offer-finder.js';
import { LtJournalPanel } from '../../journal-panel/src/journal-panel.js';
import { LtOfferOverview } from '../../offer-overview/src/offer-overview.js';
import { LtReferralWidget } from '../../referral-widget/src/referral-widget.js';
import { LtSdqForm } from '../../sdq-form/src/sdq-form.js';

describe('event keys and on-demand schemas', () => {
  it('every key a widget fires by matches its spec in EVENTS: name and cancelable', () => {
    const keys = [
      dataError,
      offerSelect,
      offerFinderChange,
      referralSubmit,
      referralSubmitted,
      referralUrgent,
      sdqSubmit,
      sdqSubmitted,
      journalRequest,
      journalAction,
      overviewRequest,
    ];
    expect(keys.map((k) => k.name).sort()).to.deep.equal(EVENTS.map((e) => e.name).sort());
    for (const key of keys) {
      const spec = EVENTS.find((e) => e.name === key.name)!;
      expect(key.cancelable, key.name).to.equal(spec.cancelable !== false);
    }
  });

  it('the checks module holds a compiled checker for every event, by name', async () => {
    const schemas = await contractSchemas.load();
    expect(contractSchemas.now()).to.equal(schemas);
    for (const spec of EVENTS) {
      const checker = schemas.eventSchema(spec.name);
      expect(checker?.safeParse(undefined).success, spec.name).to.equal(false);
      expect(schemas.eventSchema(spec.name), 'one checker per event').to.equal(checker);
    }
    expect(schemas.eventSchema('lt-unknown')).to.equal(undefined);
  });

  it("each widget checks every event its manifest says it fires with its own group's checks", async () => {
    const widgets = [
      ['offer-finder', LtOfferFinder],
      ['journal-panel', LtJournalPanel],
      ['offer-overview', LtOfferOverview],
      ['referral-widget', LtReferralWidget],
      ['sdq-form', LtSdqForm],
    ] as const;
    for (const [pkg, element] of widgets) {
      const manifest = (await (
        await fetch(new URL(`../../${pkg}/custom-elements.json`, import.meta.url))
      ).json()) as {
        modules: { declarations?: { customElement?: boolean; events?: { name: string }[] }[] }[];
      };
      const fired = manifest.modules
        .flatMap((m) => m.declarations ?? [])
        .filter((d) => d.customElement)
        .flatMap((d) => d.events ?? [])
        .map((e) => e.name);
      expect(fired.length, pkg).to.be.greaterThan(0);
      const checks = await element.eventChecks.load();
      for (const name of fired)
        expect(checks.eventSchema(name), `${pkg}: ${name}`).to.not.equal(undefined);
    }
    // The finder, the panel and the overview load only their own group, not every check.
    expect(LtOfferFinder.eventChecks).to.not.equal(contractSchemas);
    expect(LtJournalPanel.eventChecks).to.not.equal(contractSchemas);
    expect(LtOfferOverview.eventChecks).to.equal(LtJournalPanel.eventChecks);
  });

  it('combine() builds once its parts are loaded, whoever loaded them, and retries a failed part alone', async () => {
    let aCalls = 0;
    let bCalls = 0;
    const a = lazy(() => (++aCalls, Promise.resolve(1)));
    const b = lazy(() =>
      ++bCalls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(2),
    );
    let built = 0;
    const sum = combine([a, b], (x, y) => (++built, x + y));
    expect(sum.now()).to.equal(undefined);
    let failed = false;
    await sum.load().catch(() => (failed = true));
    expect(failed).to.equal(true);
    expect(sum.now(), 'b has not loaded').to.equal(undefined);
    await b.load();
    expect(sum.now(), 'built synchronously once both parts are there').to.equal(3);
    expect(await sum.load()).to.equal(3);
    expect([aCalls, bCalls, built]).to.deep.equal([1, 2, 1]);
  });

  it('lazy() loads once, and tries again after a failed load', async () => {
    let calls = 0;
    const flaky = lazy(() =>
      ++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(42),
    );
    expect(flaky.now()).to.equal(undefined);
    let failed = false;
    await flaky.load().catch(() => (failed = true));
    expect(failed).to.equal(true);
    expect(await flaky.load()).to.equal(42);
    expect(await flaky.load()).to.equal(42);
    expect(flaky.now()).to.equal(42);
    expect(calls).to.equal(2);
  });

  it('lazy() retries a failed import of a named module afresh (Firefox keeps a failed import failed)', async () => {
    // What Firefox says when a chunk could not be fetched; Chromium names the URL the same way.
    const url = new URL('../src/version.ts', import.meta.url).href;
    let calls = 0;
    const chunk = lazy<{ CONTRACT_VERSION: string }>(() => {
      calls++;
      return Promise.reject(new TypeError(`error loading dynamically imported module: ${url}`));
    });
    let failed = false;
    await chunk.load().catch(() => (failed = true));
    expect(failed).to.equal(true);
    // The retry imports the named URL with a fresh query, not the loader's cached failure.
    const loaded = await chunk.load();
    expect(loaded.CONTRACT_VERSION).to.match(/^2\.\d+\.\d+$/);
    expect(calls).to.equal(1);
    expect(chunk.now()).to.equal(loaded);
  });
});

describe('attribute guards', () => {
  it('accept what they name and nothing else', () => {
    expect(oneOf(['a', 'b'])('a')).to.equal(true);
    expect(oneOf(['a', 'b'])('c')).to.equal(false);
    expect(intIn(0, 25)(13)).to.equal(true);
    expect([intIn(0, 25)(13.5), intIn(0, 25)(26), intIn(0, 25)('13')]).to.deep.equal([
      false,
      false,
      false,
    ]);
    expect([positive(1), positive(0), positive(Infinity), positive('5')]).to.deep.equal([
      true,
      false,
      false,
      false,
    ]);
    expect([matches(/^a+$/)('aaa'), matches(/^a+$/)('ab'), matches(/^a+$/)(1)]).to.deep.equal([
      true,
      false,
      false,
    ]);
    expect([
      arrayOf(isString)(['x']),
      arrayOf(isString)(['x', 1]),
      arrayOf(isString)('x'),
    ]).to.deep.equal([true, false, false]);
    const table = recordOf(arrayOf(isString));
    expect([
      table({ '2000': ['101'] }),
      table({ '2000': '101' }),
      table(['101']),
      table(null),
    ]).to.deep.equal([true, false, false, false]);
  });
});
