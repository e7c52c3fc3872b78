import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { copenhagenDate, type CrisisContact } from '@lettilbud/contract';
import { DraftStore } from '@lettilbud/foundations';
import type { OfferPhone } from '../src/logic/reply.js';
import '../src/define.js';
import type { LtReferralWidget } from '../src/referral-widget.js';
import {
  emptyForm,
  type ReferralDraft,
  type ReferralForm,
  type StepId,
} from '../src/logic/form.js';

/**
 * One story per step, mode and state. A state deeper in the form is reached the way a
 * family reaches it after a reload: the story saves a draft (through the contract's
 * DraftStore, under its own `draft-key`) and the widget restores it. States that need a
 * press (errors, sending, failure, receipt) press the button once the widget has rendered.
 */
const year = Number(copenhagenDate(new Date()).slice(0, 4));
const born = (age: number) => `01-01-${year - age}`;

const filled: ReferralForm = {
  ...emptyForm(),
  role: 'parent',
  writerName: 'Sara Jensen',
  childName: 'Alma Jensen',
  birthDate: born(10),
  municipality: '101',
  concerns: ['worry', 'school-absence'],
  ownWords: 'Alma har ondt i maven hver morgen og vil ikke i skole.',
  safety: 'no',
  phone: '12 34 56 78',
  email: 'sara@example.dk',
  goodTimes: 'Efter kl. 15',
  mayLeaveMessage: 'yes',
  consents: ['school', 'ppr'],
};

interface Args {
  readonly step?: StepId;
  readonly form?: Partial<ReferralForm>;
  readonly mode?: string;
  readonly lang?: string;
  readonly cpr?: boolean;
  /** How the story's host answers `lt-referral-submit`. */
  readonly answer?: 'never' | 'fail' | 'receipt';
  /** A button to press once rendered. */
  readonly press?: 'next' | 'send' | 'help-now';
  /** The offer's phone line with its hours. */
  readonly offerPhone?: OfferPhone;
  /** The municipality's anonymous counselling. */
  readonly anonymousCounselling?: CrisisContact[];
  /** Nothing answers lt-referral-submit (no listener, no endpoint, no host-listens). */
  readonly unwired?: boolean;
}

/** A weekday phone line, 9-15, as an offer directory has it. */
const phoneHours: OfferPhone = {
  // Demo data: no Danish number begins with 0.
  number: '00 00 00 01',
  hours: [
    {
      dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
      opens: '09:00',
      closes: '15:00',
    },
  ],
};

let stories = 0;

function render(args: Args): HTMLElement {
  const key = `story-${++stories}`;
  if (args.step) {
    const draft: ReferralDraft = { form: { ...filled, ...args.form }, step: args.step };
    new DraftStore<ReferralDraft>({ key, storage: 'session' }).save(draft);
  }
  const el = document.createElement('lt-referral-widget') as LtReferralWidget;
  el.setAttribute('draft-key', key);
  if (args.mode) el.setAttribute('mode', args.mode);
  if (args.lang) el.setAttribute('lang', args.lang);
  if (args.cpr) el.setAttribute('cpr', '');
  // The story's host listens (when `answer` is set, on the element itself), unless the story
  // shows a page that pasted the widget with nothing to send to.
  if (!args.unwired && !args.answer) el.setAttribute('host-listens', '');
  if (args.offerPhone) el.offerPhone = args.offerPhone;
  if (args.anonymousCounselling) el.anonymousCounselling = args.anonymousCounselling;
  if (args.answer) {
    el.addEventListener('lt-referral-submit', (e) => {
      if (args.answer === 'never') e.detail.respondWith(new Promise(() => {}));
      else if (args.answer === 'fail') e.detail.respondWith(Promise.reject(new Error('down')));
      else e.detail.respondWith({ reference: 'KBH-2026-00042' });
    });
  }
  if (args.press) {
    const press = args.press;
    void el.updateComplete.then(() =>
      el.shadowRoot?.querySelector<HTMLElement>(`#${press}`)?.click(),
    );
  }
  return el;
}

const meta: Meta<Args> = {
  title: 'Widgets/lt-referral-widget',
  component: 'lt-referral-widget',
  tags: ['autodocs'],
  render,
  decorators: [(story) => html`<div style="max-width: 42rem">${story()}</div>`],
};
export default meta;
type Story = StoryObj<Args>;

export const Step1Who: Story = {};
/** Pasted with nothing to send to: every step says so and gives the offer's phone. */
export const Unwired: Story = { args: { unwired: true, offerPhone: phoneHours } };
export const Step1Errors: Story = { args: { press: 'next' } };
export const ModeProfessional: Story = { args: { mode: 'professional' } };
export const ModeYoungPerson: Story = { args: { mode: 'young-person' } };
export const Step2Child: Story = { args: { step: 'child' } };
export const Step2WithCpr: Story = { args: { step: 'child', cpr: true } };
export const Step2Age17: Story = { args: { step: 'child', form: { birthDate: born(17) } } };
export const Step2TooYoung: Story = { args: { step: 'child', form: { birthDate: born(4) } } };
export const Step2TooOld: Story = { args: { step: 'child', form: { birthDate: born(18) } } };
export const Step2Errors: Story = {
  args: { step: 'child', form: { childName: '', birthDate: '31-02-2015' }, press: 'next' },
};
export const Step3Hard: Story = { args: { step: 'hard' } };
export const Step4Safety: Story = { args: { step: 'safety', form: { safety: '' } } };
export const Step4SafetyShown: Story = { args: { step: 'safety', form: { safety: 'yes' } } };
export const Step5Contact: Story = { args: { step: 'contact' } };
export const Step5YoungPerson15: Story = {
  args: { step: 'contact', form: { role: 'young-person', birthDate: born(15) } },
};
export const Step5YoungPersonUnder15: Story = {
  args: { step: 'contact', form: { role: 'young-person', birthDate: born(13) } },
};
export const Step6MoreOptional: Story = {
  args: {
    step: 'more',
    form: {
      custodyHolders: [{ name: 'Sara Jensen', phone: '12 34 56 78', email: '' }],
      activeTreatment: 'yes',
    },
  },
};
export const Step7Consent: Story = { args: { step: 'consent' } };
export const Step7ConsentProfessional: Story = {
  args: {
    step: 'consent',
    form: {
      role: 'professional',
      proRole: 'AKT-lærer',
      proWorkplace: 'Valby Skole',
      familyAgrees: true,
    },
  },
};
export const Step8Review: Story = { args: { step: 'review' } };
export const Step8ReviewUrgent: Story = { args: { step: 'review', form: { safety: 'unsure' } } };
export const Submitting: Story = { args: { step: 'review', answer: 'never', press: 'send' } };
export const FailedWithRetry: Story = { args: { step: 'review', answer: 'fail', press: 'send' } };
export const Receipt: Story = { args: { step: 'review', answer: 'receipt', press: 'send' } };
export const English: Story = { args: { lang: 'en', step: 'review' } };

/** Issue 13: what is true about an urgent referral, who consents, help on every step. */
export const Step1HelpNowOpen: Story = { args: { press: 'help-now' } };
export const ModeFosterCarer: Story = { args: { mode: 'foster-carer' } };
export const Step2Under15Alone: Story = {
  args: {
    step: 'child',
    mode: 'young-person',
    form: { role: 'young-person', writerName: '', childName: 'Noor', birthDate: born(13) },
    anonymousCounselling: [
      {
        name: 'Anonym rådgivning for unge',
        phone: '33 33 33 33',
        description: 'Kommunens gratis og anonyme rådgivning.',
      },
    ],
  },
};
export const Step3SelfHarmTicked: Story = {
  args: { step: 'hard', form: { concerns: ['self-harm', 'sadness'] } },
};
export const Step8ReviewConsentToBeObtained: Story = {
  args: { step: 'review', form: { birthDate: born(16), consents: ['school'] } },
};
export const Step8ReviewUrgentWithPhoneHours: Story = {
  args: { step: 'review', form: { safety: 'yes' }, offerPhone: phoneHours },
};
export const ReceiptUrgent: Story = {
  args: {
    step: 'review',
    form: { safety: 'yes' },
    offerPhone: phoneHours,
    answer: 'receipt',
    press: 'send',
  },
};
export const ReceiptUrgentNoHours: Story = {
  args: { step: 'review', form: { safety: 'unsure' }, answer: 'receipt', press: 'send' },
};
export const ReceiptRoutineWithHours: Story = {
  args: { step: 'review', offerPhone: phoneHours, answer: 'receipt', press: 'send' },
};
