import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import {
  closedAtPreTalk,
  closedWithFollowUp,
  closedWithGaps,
  dueSoon,
  gpConsentMissing,
  gpConsentRefused,
  guidedAwaiting,
  guidedHandedOver,
  inCourse,
  legacyRiskTick,
  newContact,
  noContactDate,
  notificationBlank,
  overdue,
  raisedRiskNoPlan,
  referredPsychiatry,
  returning,
  screened,
  TODAY,
  urgentHandled,
  urgentOpen,
  urgentOverdue,
} from '../test/fixtures/cases.js';

/** Every state of <lt-journal-panel>, in a 360 px side column. Fictional data. */
interface Args {
  record?: unknown;
  src?: string;
}
// KL's worked example "Josefine" (kl.dk.fhir.ltt 1.0.1), fed as a FHIR Bundle through src.
const josefine = new URL('../test/fixtures/kl-ltt-josefine-bundle.json', import.meta.url).href;
const meta: Meta<Args> = {
  title: 'Widgets/Journal panel',
  component: 'lt-journal-panel',
  tags: ['autodocs'],
  render: (args) =>
    html`<div style="max-width: 360px">
      <lt-journal-panel
        today=${TODAY}
        .case=${args.record ?? null}
        src=${args.src ?? ''}
      ></lt-journal-panel>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const NewContact: Story = { args: { record: newContact } };
export const WaitingDueSoon: Story = { args: { record: dueSoon } };
export const WaitingOverdue: Story = { args: { record: overdue } };
export const ScreenedWithSdq: Story = { args: { record: screened } };
export const InCourse: Story = { args: { record: inCourse } };
export const ClosedWithFollowUp: Story = { args: { record: closedWithFollowUp } };
export const ClosedWithGaps: Story = { args: { record: closedWithGaps } };
export const UrgentOpen: Story = { args: { record: urgentOpen } };
export const UrgentOverdue: Story = { args: { record: urgentOverdue } };
export const UrgentHandled: Story = { args: { record: urgentHandled } };
export const ClosedAtPreTalk: Story = { args: { record: closedAtPreTalk } };
export const GuidedElsewhereAwaitingTakeover: Story = { args: { record: guidedAwaiting } };
export const GuidedElsewhereTakenOver: Story = { args: { record: guidedHandedOver } };
export const ReferredToPsychiatry: Story = { args: { record: referredPsychiatry } };
export const NoContactDate: Story = { args: { record: noContactDate } };
export const NotificationBlank: Story = { args: { record: notificationBlank } };
export const GpConsentMissing: Story = { args: { record: gpConsentMissing } };
export const GpConsentRefused: Story = { args: { record: gpConsentRefused } };
export const RaisedRiskWithoutPlan: Story = { args: { record: raisedRiskNoPlan } };
export const OldCaseWithRiskTick: Story = { args: { record: legacyRiskTick } };
export const EarlierCourses: Story = { args: { record: returning } };
export const InvalidRecord: Story = {
  args: { record: { ...newContact, child: { birthDate: 'unknown' } } },
};
export const FhirFed: Story = { args: { src: josefine } };
