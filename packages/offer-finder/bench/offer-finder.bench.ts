import { CONTRACT_VERSION, MUNICIPALITIES } from '@lettilbud/contract';
import '../src/define.js';
import type { LtOfferFinder } from '../src/offer-finder.js';
import { feed } from '../test/fixtures/feed.js';

type Row = { name: string; value: number; unit: 'ms'; budget: number };
const tick = () => new Promise<void>((r) => queueMicrotask(r));
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A full directory: one offer per municipality, each with the test feed's courses. */
function fullDirectory() {
  const template = feed.offers[0]!;
  return {
    contractVersion: CONTRACT_VERSION,
    publisher: 'Bench',
    offers: MUNICIPALITIES.map((m) => ({
      ...template,
      id: `offer-${m.code}`,
      name: `Tilbud ${m.name}`,
      municipalities: [m.code],
    })),
  };
}

export async function bench(): Promise<Row[]> {
  const directory = fullDirectory();
  const first: number[] = [];
  const filter: number[] = [];
  for (let run = 0; run < 18; run++) {
    const el = document.createElement('lt-offer-finder') as LtOfferFinder;
    el.setAttribute('municipality', '751');
    const t = performance.now();
    el.directory = directory;
    document.body.append(el);
    // The feed is checked against the contract and the results render when both are there.
    while (!el.shadowRoot?.querySelector('.offer')) await el.updateComplete.then(tick);
    el.getBoundingClientRect();
    first.push(performance.now() - t);

    const t2 = performance.now();
    el.selection = { municipality: '751', age: 13, concerns: ['self-harm'], format: 'individual' };
    await el.updateComplete;
    el.getBoundingClientRect();
    filter.push(performance.now() - t2);
    el.remove();
  }
  return [
    {
      name: 'upgrade to first results, 98-municipality directory',
      value: median(first.slice(3)),
      unit: 'ms',
      budget: 50,
    },
    {
      name: 're-render after a filter change',
      value: median(filter.slice(3)),
      unit: 'ms',
      budget: 8,
    },
  ];
}
