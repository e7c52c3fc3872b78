import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import type { LtOfferFinder } from '../src/offer-finder.js';
import { feed } from '../test/fixtures/feed.js';

/**
 * Every state of <lt-offer-finder>. The test feed is demo data that says so: an invented joint
 * offer for Aarhus and Odder named "(eksempel)", phone numbers `00 00 00 0N` (no Danish number
 * begins with 0), example.org links, "Eksempelvej".
 */
interface Args {
  municipality?: string;
  directory?: unknown;
  src?: string;
  selection?: unknown;
  now?: Date;
  type?: string;
  lang?: string;
  crisisContacts?: unknown;
  /** Opens the "Om data" disclosure once rendered. */
  aboutOpen?: boolean;
}

/** A host's crisis list with one contact for Region Hovedstaden (DAGI 1084) only. */
const regionalCrisis = [
  { name: 'Ring 112 ved livsfare', phone: '112', description: 'Alarmcentralen. Altid åben.' },
  { name: 'BørneTelefonen', phone: '116 111', description: 'For børn og unge. Gratis og anonymt.' },
  {
    name: 'Akut psykiatri, Region Hovedstaden (eksempel)',
    phone: '00 00 00 03',
    description: 'Vises kun for kommuner i Region Hovedstaden.',
    regions: [1084],
  },
];

const meta: Meta<Args> = {
  title: 'Widgets/Offer finder',
  component: 'lt-offer-finder',
  tags: ['autodocs'],
  args: { directory: feed },
  render: (args) => {
    const id = `story-${Math.random().toString(36).slice(2)}`;
    if (args.aboutOpen) {
      setTimeout(async () => {
        const el = document.getElementById(id) as LtOfferFinder | null;
        await el?.updateComplete;
        const about = el?.shadowRoot?.querySelector<HTMLDetailsElement>('details.about-data');
        if (about) about.open = true;
      }, 100);
    }
    if (args.type) {
      setTimeout(async () => {
        const el = document.getElementById(id) as LtOfferFinder | null;
        await el?.updateComplete;
        const input = el?.shadowRoot?.querySelector<HTMLInputElement>('#municipality-input');
        if (input) {
          input.value = args.type!;
          input.dispatchEvent(new Event('input'));
        }
      }, 100);
    }
    return html`<lt-offer-finder
      id=${id}
      lang=${args.lang ?? 'da'}
      municipality=${args.municipality ?? ''}
      src=${args.src ?? ''}
      .directory=${args.src ? null : (args.directory ?? null)}
      .selection=${args.selection ?? null}
      .now=${args.now ?? null}
      .crisisContacts=${args.crisisContacts ?? null}
    ></lt-offer-finder>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const NationalSearch: Story = {};
/** A feed URL that never answers in Storybook, so the loading state stays on screen. */
const NEVER = '/lt-story-feed-that-never-answers.json';
if (typeof window !== 'undefined' && !('ltStoryFetch' in window)) {
  const real = window.fetch.bind(window);
  Object.assign(window, {
    ltStoryFetch: true,
    fetch: (input: RequestInfo | URL, init?: RequestInit) =>
      String(input).includes(NEVER) ? new Promise<Response>(() => {}) : real(input, init),
  });
}

export const Loading: Story = { args: { src: NEVER, directory: undefined } };
export const FeedErrorFallsBack: Story = {
  args: { src: '/missing-feed.json', municipality: '101' },
};
export const EmbeddedDefault: Story = { args: { directory: undefined, municipality: '101' } };
export const LockedMunicipality: Story = { args: { municipality: '751' } };
export const PostalCodeSpanningTwo: Story = { args: { type: '2000' } };
export const NoMatches: Story = { args: { type: 'Atlantis' } };
export const NoDetailsForMunicipality: Story = { args: { municipality: '461' } };
export const OutsideAgeRange: Story = { args: { municipality: '751', selection: { age: 4 } } };
export const PhoneOpen: Story = {
  args: { municipality: '751', now: new Date('2026-11-23T10:00:00Z') },
};
export const PhoneClosed: Story = {
  args: { municipality: '751', now: new Date('2026-11-23T19:00:00Z') },
};
export const Filtered: Story = {
  args: { municipality: '751', selection: { age: 13, concerns: ['self-harm'] } },
};
export const NotYetRunning: Story = {
  args: {
    municipality: '751',
    directory: {
      ...feed,
      offers: [{ ...feed.offers[0], status: 'not-yet-running' }],
    },
  },
};
export const English: Story = {
  args: { municipality: '751', lang: 'en', now: new Date('2026-11-23T10:00:00Z') },
};
/** The "Om data" disclosure, opened: where the offers' source and the licences are named. */
export const AboutDataOpen: Story = { args: { municipality: '751', aboutOpen: true } };
export const AboutDataOpenEnglish: Story = {
  args: { municipality: '751', aboutOpen: true, lang: 'en' },
};
/** The status is not known: the card says what the family can do. */
export const UnknownStatus: Story = {
  args: {
    municipality: '751',
    directory: { ...feed, offers: [{ ...feed.offers[0], status: 'unknown' }] },
  },
};
/** A host's regional crisis contact in its own region (København, Region Hovedstaden) … */
export const RegionalCrisisInRegion: Story = {
  args: { municipality: '101', crisisContacts: regionalCrisis },
};
/** … and never in another (Aarhus, Region Midtjylland). */
export const RegionalCrisisElsewhere: Story = {
  args: { municipality: '751', crisisContacts: regionalCrisis },
};
export const RegionalCrisisEnglish: Story = {
  args: { municipality: '101', crisisContacts: regionalCrisis, lang: 'en' },
};
/** Self-harm ticked before any search: the crisis help comes forward under the tick. */
export const SelfHarmTicked: Story = { args: { selection: { concerns: ['self-harm'] } } };
export const SelfHarmTickedEnglish: Story = {
  args: { selection: { concerns: ['self-harm'] }, lang: 'en' },
};
