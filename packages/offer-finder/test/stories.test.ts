import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import * as stories from '../stories/offer-finder.stories.js';
import type { LtOfferFinder } from '../src/offer-finder.js';

/** The stories reach the states they are named after (the shell's smoke test axe-checks them). */
type Args = Parameters<NonNullable<typeof stories.default.render>>[0];
const meta = stories.default;

async function show(story: { args?: Partial<Args> }, until: (root: ShadowRoot) => unknown) {
  const args = { ...meta.args, ...story.args } as Args;
  const el = meta.render!(args, {} as never) as unknown as LtOfferFinder;
  const host = await fixture<HTMLElement>(html`<div>${el}</div>`);
  const finder = host.querySelector('lt-offer-finder')!;
  await waitUntil(() => until(finder.shadowRoot!), 'state reached', { timeout: 3000 });
  await expect(finder).to.be.accessible();
  return finder.shadowRoot!;
}

const text = (root: ShadowRoot) => root.textContent!.replace(/\s+/g, ' ');

describe('offer finder stories', () => {
  it('reach the loading, feed and national states, each axe-clean', async () => {
    await show(stories.Loading, (r) => r.querySelector('.loading'));
    await show(stories.FeedErrorFallsBack, (r) => r.querySelector('[role=alert].notice'));
    await show(stories.NationalSearch, (r) => r.querySelector('#municipality-input'));
    await show(stories.LockedMunicipality, (r) => r.querySelector('.offer'));
    await show(stories.EmbeddedDefault, (r) => text(r).includes('Entréen'));
    await show(
      stories.PostalCodeSpanningTwo,
      (r) => r.querySelectorAll('.choices button').length === 2,
    );
  });

  it('reach the search and no-details states, each axe-clean', async () => {
    await show(stories.NoMatches, (r) => text(r).includes('Ingen kommune passer'));
    await show(stories.NoDetailsForMunicipality, (r) => r.querySelector('[part~=no-details]'));
    await show(stories.OutsideAgeRange, (r) => r.querySelector('[part=age-guide]'));
  });

  it('reach the phone, filter and English states, each axe-clean', async () => {
    await show(stories.PhoneOpen, (r) =>
      r.querySelector('.open-status')?.textContent?.includes('Åben nu'),
    );
    await show(stories.PhoneClosed, (r) =>
      r.querySelector('.open-status')?.textContent?.includes('Lukket nu'),
    );
    await show(stories.Filtered, (r) => r.querySelectorAll('.course').length === 1);
    await show(stories.NotYetRunning, (r) => text(r).includes('ikke startet endnu'));
    const en = await show(stories.English, (r) => text(r).includes('Open now'));
    expect(text(en)).to.contain('Find help');
  });

  it('reach the Om data and unknown-status states, each axe-clean', async () => {
    await show(
      stories.AboutDataOpen,
      (r) => r.querySelector<HTMLDetailsElement>('details.about-data')?.open,
    );
    await show(
      stories.AboutDataOpenEnglish,
      (r) =>
        r.querySelector<HTMLDetailsElement>('details.about-data')?.open &&
        text(r).includes('About the data'),
    );
    await show(stories.UnknownStatus, (r) => text(r).includes('hvordan I kommer i gang'));
    await show(stories.EmbeddedDefault, (r) => r.querySelector('.no-contact'));
  });

  it('reach the regional-crisis and self-harm states, each axe-clean', async () => {
    await show(stories.SelfHarmTicked, (r) => r.querySelector('.crisis-nudge'));
    await show(stories.SelfHarmTickedEnglish, (r) =>
      r.querySelector('.crisis-nudge')?.textContent?.includes('do not wait'),
    );
    const inRegion = await show(stories.RegionalCrisisInRegion, (r) =>
      text(r).includes('Region Hovedstaden (eksempel)'),
    );
    expect(inRegion.querySelectorAll('.lt-crisis li').length).to.equal(3);
    const elsewhere = await show(stories.RegionalCrisisElsewhere, (r) => r.querySelector('.offer'));
    expect(text(elsewhere)).not.to.contain('Region Hovedstaden');
    expect(elsewhere.querySelectorAll('.lt-crisis li').length).to.equal(2);
    await show(
      stories.RegionalCrisisEnglish,
      (r) => text(r).includes('Need help now') && text(r).includes('(eksempel)'),
    );
  });
});

describe('demo data', () => {
  /** Every [key, string] in a value, however deep. */
  const strings = (value: unknown, key = ''): [string, string][] =>
    typeof value === 'string'
      ? [[key, value]]
      : value && typeof value === 'object'
        ? Object.entries(value).flatMap(([k, v]) => strings(v, k))
        : [];
  /** The national lines, right everywhere; anything else a story dials is an example. */
  const NATIONAL = ['112', '70 201 201', '116 111'];

  it('says it is demo data: "(eksempel)" names, 00 00 00 0N numbers, example.org links', () => {
    const all = Object.entries(stories).flatMap(([name, story]) =>
      strings({ ...meta.args, ...(story as { args?: object }).args }).map(
        ([k, v]) => [name, k, v] as const,
      ),
    );
    const phones = all.filter(([, k]) => k === 'phone' || k === 'number');
    expect(phones.length).to.be.greaterThan(0);
    for (const [name, , v] of phones)
      expect(NATIONAL.includes(v) || /^00 00 00 0\d$/.test(v), `${name}: ${v}`).to.equal(true);
    for (const [name, k, v] of all.filter(([, k]) =>
      ['email', 'website', 'contactUrl'].includes(k),
    ))
      expect(v, `${name}.${k}`).to.match(/example\.org/);
    for (const [name, , v] of all.filter(([, k]) => k === 'streetAddress'))
      expect(v, name).to.match(/^Eksempelvej/);
    const offers = (meta.args!.directory as { offers: { name: string }[] }).offers;
    for (const o of offers) expect(o.name).to.contain('(eksempel)');
  });
});
