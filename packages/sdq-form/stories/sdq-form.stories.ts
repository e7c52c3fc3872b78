import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import type { LtSdqForm } from '../src/sdq-form.js';
import { placeholderQuestionnaire } from '../src/demo/placeholder-questionnaire.js';

/**
 * Every state of <lt-sdq-form>, with PLACEHOLDER wording (the SDQ's own text is licensed and
 * comes from the municipality). States past the form are reached by driving the element.
 */
interface Args {
  informant: string;
  layout: string;
  followUp: boolean;
  showScores: boolean;
  age: number | null;
  drive: 'none' | 'partly' | 'review' | 'submitting' | 'failed' | 'sent';
  invalid: boolean;
}

async function drive(el: LtSdqForm, to: Args['drive']): Promise<void> {
  if (to === 'none') return;
  await el.updateComplete;
  const root = el.shadowRoot!;
  const pick = (item: number, pos: number) =>
    root.querySelectorAll<HTMLInputElement>(`#q-${item} input`)[pos]?.click();
  const last = to === 'partly' ? 10 : 25;
  for (let item = 1; item <= last; item++) {
    pick(item, item % 3);
    await el.updateComplete;
  }
  if (to === 'partly') return;
  pick(26, 0);
  await el.updateComplete;
  el.addEventListener('lt-sdq-submit', (e) =>
    e.detail.respondWith(
      to === 'submitting'
        ? new Promise(() => {})
        : to === 'failed'
          ? Promise.reject(new Error('demo'))
          : Promise.resolve({ reference: 'SDQ-1042' }),
    ),
  );
  [...root.querySelectorAll('button')].find((b) => b.textContent!.includes('Se svarene'))?.click();
  await el.updateComplete;
  if (to === 'review') return;
  [...root.querySelectorAll('button')].find((b) => b.textContent!.includes('Send'))?.click();
}

const meta: Meta<Args> = {
  title: 'Widgets/SDQ form',
  args: {
    informant: 'parent',
    layout: 'list',
    followUp: false,
    showScores: false,
    age: null,
    drive: 'none',
    invalid: false,
  },
  render: (args) => {
    const questionnaire = placeholderQuestionnaire({ followUp: args.followUp });
    if (args.invalid) questionnaire.item = questionnaire.item!.slice(3);
    const template = html`<lt-sdq-form
      draft-key=${`story-${args.drive}-${args.informant}`}
      storage="none"
      informant=${args.informant}
      layout=${args.layout}
      ?follow-up=${args.followUp}
      ?show-scores=${args.showScores}
      age=${args.age ?? ''}
      .questionnaire=${questionnaire}
    ></lt-sdq-form>`;
    setTimeout(() => {
      const el = document.querySelector<LtSdqForm>(
        `lt-sdq-form[draft-key="story-${args.drive}-${args.informant}"]`,
      );
      if (el) void drive(el, args.drive);
    });
    return template;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Parent: Story = {};
export const Teacher: Story = { args: { informant: 'teacher' } };
export const Self: Story = { args: { informant: 'self', age: 14 } };
export const SelfTooYoung: Story = { args: { informant: 'self', age: 9 } };
export const FollowUp: Story = { args: { followUp: true } };
export const Paged: Story = { args: { layout: 'paged' } };
export const PartlyAnswered: Story = { args: { drive: 'partly' } };
export const Review: Story = { args: { drive: 'review' } };
export const InvalidQuestionnaire: Story = { args: { invalid: true } };
export const Submitting: Story = { args: { drive: 'submitting' } };
export const FailedWithRetry: Story = { args: { drive: 'failed' } };
export const Sent: Story = { args: { drive: 'sent' } };
export const ScoresShown: Story = { args: { drive: 'sent', showScores: true } };
export const English: Story = {
  render: (args, ctx) => html`<div lang="en">${meta.render!(args, ctx)}</div>`,
};
