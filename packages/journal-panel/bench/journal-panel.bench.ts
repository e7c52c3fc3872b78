import '../src/define.js';
import type { LtJournalPanel } from '../src/journal-panel.js';
import { closedWithFollowUp, TODAY } from '../test/fixtures/cases.js';

type Row = { name: string; value: number; unit: 'ms'; budget: number };
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** First render of a case with 500 events (sessions, consents, coordination, questionnaires). */
const tick = () => new Promise<void>((r) => queueMicrotask(r));

export async function bench(): Promise<Row[]> {
  const day = (i: number) =>
    new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  const big = {
    ...closedWithFollowUp,
    contact: { ...closedWithFollowUp.contact!, date: '2023-12-01' },
    preTalk: { date: '2023-12-08', decision: 'offered-treatment' as const },
    screening: { ...closedWithFollowUp.screening!, date: '2023-12-20' },
    sessions: Array.from({ length: 350 }, (_, i) => ({
      date: day(i),
      status: (i % 7 ? 'performed' : 'cancelled') as 'performed' | 'cancelled',
    })),
    coordination: Array.from({ length: 100 }, (_, i) => ({
      partner: 'school' as const,
      date: day(i * 3),
    })),
    questionnaires: Array.from({ length: 50 }, (_, i) => ({
      ...closedWithFollowUp.questionnaires![0]!,
      date: day(i * 7),
    })),
    closure: { ...closedWithFollowUp.closure!, date: '2025-06-01' },
  };
  const times: number[] = [];
  for (let run = 0; run < 18; run++) {
    const el = document.createElement('lt-journal-panel') as LtJournalPanel;
    el.today = TODAY;
    const t = performance.now();
    el.case = big;
    document.body.append(el);
    // The case is checked against the contract (schemas on demand), then rendered.
    while (!el.shadowRoot?.querySelector('h2')) await el.updateComplete.then(tick);
    el.getBoundingClientRect();
    times.push(performance.now() - t);
    el.remove();
  }
  return [
    {
      name: 'first render, case with 500 events',
      value: median(times.slice(3)),
      unit: 'ms',
      budget: 50,
    },
  ];
}
