import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { SDQ_REVERSED } from '@lettilbud/contract';
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
  /** The reversed statements' options turned round: refused. */
  reversedTurned: boolean;
  /** The child's FHIR reference; empty: the form is not set up for sending. */
  subject: string;
  /** Open "Brug for hjælp nu?". */
  crisisOpen: boolean;
  /** Nothing answers lt-sdq-submit (no listener, no endpoint, no host-listens). */
  unwired: boolean;
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
  component: 'lt-sdq-form',
  tags: ['autodocs'],
  args: {
    informant: 'parent',
    layout: 'list',
    followUp: false,
    showScores: false,
    age: null,
    drive: 'none',
    invalid: false,
    reversedTurned: false,
    subject: 'Patient/story',
    crisisOpen: false,
    unwired: false,
  },
  render: (args) => {
    const questionnaire = placeholderQuestionnaire({ followUp: args.followUp });
    if (args.invalid) questionnaire.item = questionnaire.item!.slice(3);
    if (args.reversedTurned)
      for (const item of questionnaire.item!)
        if (SDQ_REVERSED.has(Number.parseInt(item.linkId, 10)))
          item.answerOption = [...item.answerOption!].reverse();
    const template = html`<lt-sdq-form
      draft-key=${`story-${args.drive}-${args.informant}`}
      storage="none"
      informant=${args.informant}
      layout=${args.layout}
      ?follow-up=${args.followUp}
      ?show-scores=${args.showScores}
      age=${args.age ?? nothing}
      subject=${args.subject || nothing}
      ?host-listens=${!args.unwired}
      .questionnaire=${questionnaire}
    ></lt-sdq-form>`;
    setTimeout(() => {
      const el = document.querySelector<LtSdqForm>(
        `lt-sdq-form[draft-key="story-${args.drive}-${args.informant}"]`,
      );
      if (!el) return;
      void drive(el, args.drive);
      if (args.crisisOpen)
        void el.updateComplete.then(() =>
          el
            .shadowRoot!.querySelector<HTMLDetailsElement>('details.crisis-help')
            ?.setAttribute('open', ''),
        );
    });
    return template;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Parent: Story = {};
export const Teacher: Story = { args: { informant: 'teacher' } };
export const Self: Story = { args: { informant: 'self', age: 14 } };
/** Under 11: the self-report is refused, with what the adult can do instead. */
export const SelfTooYoung: Story = { args: { informant: 'self', age: 9 } };
/** The self-report with no age from the host asks the young person's age first. */
export const SelfAsksAge: Story = { args: { informant: 'self', age: null } };
/** A questionnaire whose reversed statements list their options the other way round. */
export const ReversedOrderRefused: Story = { args: { reversedTurned: true } };
/** No subject: the form says it is not set up for sending. */
export const NotSetUp: Story = { args: { subject: '' } };
/** "Brug for hjælp nu?" opened: the crisis box. */
/** Pasted with nothing to send to: said above the questions half a second after load. */
export const Unwired: Story = { args: { unwired: true } };
export const CrisisHelpOpen: Story = { args: { crisisOpen: true } };
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
