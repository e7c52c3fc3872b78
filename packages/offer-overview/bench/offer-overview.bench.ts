import '../src/define.js';
import type { LtOfferOverview } from '../src/offer-overview.js';
import { aggregate } from '../src/logic/aggregate.js';
import { buildTables, formats } from '../src/logic/tables.js';
import { da } from '../src/i18n/index.js';
import { contractSchemas } from '@lettilbud/contract';
import { readCases } from '../src/logic/read.js';
import { demoCases, PERIOD, TODAY } from '../test/fixtures/cases.js';

type Row = { name: string; value: number; unit: 'ms'; budget?: number };
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const tick = () => new Promise<void>((r) => setTimeout(r, 0));

/** Aggregation and first render of 10,000 generated cases (issue 18's budgets). */
export async function bench(): Promise<Row[]> {
  const cases = demoCases(10_000);
  const f = formats('da');
  const agg: number[] = [];
  for (let run = 0; run < 15; run++) {
    const t = performance.now();
    buildTables(aggregate(cases, PERIOD, TODAY), da, f, 'da');
    agg.push(performance.now() - t);
  }
  const { validate, JournalCase } = await contractSchemas.load();
  const check: number[] = [];
  for (let run = 0; run < 7; run++) {
    const t = performance.now();
    readCases(cases, (c) => validate(JournalCase, c));
    check.push(performance.now() - t);
  }
  const render: number[] = [];
  for (let run = 0; run < 8; run++) {
    const el = document.createElement('lt-offer-overview') as LtOfferOverview;
    el.today = TODAY;
    el.from = PERIOD.from;
    el.to = PERIOD.to;
    const t = performance.now();
    el.cases = cases;
    document.body.append(el);
    // Every case is checked against the contract (schemas on demand), then counted and drawn.
    while (!el.shadowRoot?.querySelector('table')) await el.updateComplete.then(tick);
    el.getBoundingClientRect();
    render.push(performance.now() - t);
    el.remove();
  }
  return [
    {
      name: 'aggregate + tables, 10,000 cases',
      value: median(agg.slice(3)),
      unit: 'ms',
      budget: 100,
    },
    { name: 'contract check, 10,000 cases', value: median(check.slice(2)), unit: 'ms' },
    {
      name: 'first render, 10,000 cases (contract check included)',
      value: median(render.slice(2)),
      unit: 'ms',
      budget: 300,
    },
  ];
}
