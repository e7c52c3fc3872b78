import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { emptySdqScores, type CaseQuestionnaire, type JournalCase } from '@lettilbud/contract';
import '../src/define.js';
import { closedWithFollowUp, TODAY } from '../test/fixtures/cases.js';

/** The journal's SDQ section: one series per informant, change rows of like with like. */
const sdq = (
  informant: CaseQuestionnaire['informant'],
  date: string,
  total: number,
  impact: number,
  phase: 'baseline' | 'follow-up',
): CaseQuestionnaire => ({
  instrument: 'SDQ',
  informant,
  date,
  phase,
  scores: { ...emptySdqScores(), emotional: 5, totalDifficulties: total, impact },
});
const record = (questionnaires: CaseQuestionnaire[]): JournalCase => ({
  ...closedWithFollowUp,
  questionnaires,
});

const meta: Meta<{ record: JournalCase }> = {
  title: 'Widgets/Journal panel/SDQ',
  component: 'lt-journal-panel',
  tags: ['autodocs'],
  render: (args) =>
    html`<div style="max-width: 360px">
      <lt-journal-panel today=${TODAY} .case=${args.record}></lt-journal-panel>
    </div>`,
};
export default meta;
type Story = StoryObj<{ record: JournalCase }>;

/** A parent's and the young person's SDQs, each with its own change row. */
export const ParentAndYoungPerson: Story = {
  args: {
    record: record([
      sdq('parent', '2026-04-20', 18, 5, 'baseline'),
      sdq('self', '2026-04-22', 22, 6, 'baseline'),
      sdq('parent', '2026-09-01', 11, 2, 'follow-up'),
      sdq('self', '2026-09-03', 14, 3, 'follow-up'),
    ]),
  },
};
/** SDQs whose source did not say who answered: shown as unknown, never compared. */
export const UnknownInformant: Story = {
  args: {
    record: record([
      sdq('unknown', '2026-04-20', 18, 5, 'baseline'),
      sdq('unknown', '2026-09-01', 11, 2, 'follow-up'),
    ]),
  },
};
