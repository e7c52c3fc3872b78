import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { LtEvent, OverviewRequestDetail } from '@lettilbud/contract';
import '../src/define.js';
import { demoCases, makeCase, PERIOD, TODAY } from '../test/fixtures/cases.js';

/** Every state of <lt-offer-overview>. Fictional data; today is 2026-11-20. */
interface Args {
  cases?: unknown;
  src?: string;
  groupBy?: 'municipality' | 'course';
  /** How the host answers lt-overview-request: with cases, never, or not at all. */
  answer?: 'cases' | 'never';
  width?: string;
  lang?: string;
}

/** The story's host: answers lt-overview-request as the args say. */
const answer = (args: Args) => (event: LtEvent<OverviewRequestDetail>) => {
  if (args.answer === 'never') event.detail.respondWith(new Promise(() => {}));
  else if (args.answer === 'cases') event.detail.respondWith(Promise.resolve(demoCases(120)));
};

const meta: Meta<Args> = {
  title: 'Widgets/Offer overview (Ledelsesoverblik)',
  component: 'lt-offer-overview',
  tags: ['autodocs'],
  render: (args) =>
    html`<div
      style="max-width: ${args.width ?? '1200px'}"
      lang=${args.lang ?? 'da'}
      @lt-overview-request=${answer(args)}
    >
      <lt-offer-overview
        today=${TODAY}
        from=${PERIOD.from}
        to=${PERIOD.to}
        group-by=${args.groupBy ?? ''}
        .cases=${args.cases ?? null}
        src=${args.src ?? ''}
      ></lt-offer-overview>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** No cases, bundles or src, and no host answers: it says at once that it is not set up. */
export const NotSetUp: Story = { args: {} };
/** No source of its own: it has asked the host, which has not answered yet. */
export const AskingTheHost: Story = { args: { answer: 'never' } };
/** The host answered lt-overview-request with 120 cases. */
export const AnsweredByTheHost: Story = { args: { answer: 'cases' } };
/** No case in the period. */
export const Empty: Story = { args: { cases: [] } };
/** 120 cases over six months, on a wide screen. */
export const Data: Story = { args: { cases: demoCases(120) } };
/** The same in a 360 px column beside the fagsystem. */
export const NarrowColumn: Story = { args: { cases: demoCases(120), width: '360px' } };
/** Three cases break the contract: skipped and counted in an alert. */
export const SomeInvalid: Story = {
  args: {
    cases: [...demoCases(40), { id: 'x' }, null, { ...makeCase(), contractVersion: '9.0.0' }],
  },
};
/** Four contacts only: every group is too small to show. */
export const TooSmallToShow: Story = {
  args: { cases: Array.from({ length: 4 }, () => makeCase({ child: { sex: 'female' } })) },
};
/** Split by municipality: Ballerup's 3 contacts are too few to show, Frederiksberg is hidden to protect them. */
export const GroupedByMunicipality: Story = {
  args: {
    groupBy: 'municipality',
    cases: [
      ...demoCases(120),
      ...Array.from({ length: 3 }, () => makeCase({ child: { municipality: '151' } })),
    ],
  },
};
/** Split by course, in a 360 px column. */
export const GroupedByCourse: Story = {
  args: { groupBy: 'course', cases: demoCases(120), width: '360px' },
};
/** The feed could not be loaded (a 404): it says so with a retry, and fires lt-data-error. */
export const LoadFailed: Story = { args: { src: '/no-such-feed/cases.json' } };
/** English. */
export const English: Story = { args: { cases: demoCases(80), lang: 'en' } };
