import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { demoCases, makeCase, PERIOD, TODAY } from '../test/fixtures/cases.js';

/** Every state of <lt-offer-overview>. Fictional data; today is 2026-11-20. */
interface Args {
  cases?: unknown;
  src?: string;
  width?: string;
  lang?: string;
}
const meta: Meta<Args> = {
  title: 'Widgets/Offer overview (Ledelsesoverblik)',
  render: (args) =>
    html`<div style="max-width: ${args.width ?? '1200px'}" lang=${args.lang ?? 'da'}>
      <lt-offer-overview
        today=${TODAY}
        from=${PERIOD.from}
        to=${PERIOD.to}
        .cases=${args.cases ?? null}
        src=${args.src ?? ''}
      ></lt-offer-overview>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** No cases given yet. */
export const Empty: Story = { args: {} };
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
/** The feed could not be loaded. */
export const LoadFailed: Story = { args: { src: '/no-such-feed/cases.json' } };
/** English. */
export const English: Story = { args: { cases: demoCases(80), lang: 'en' } };
