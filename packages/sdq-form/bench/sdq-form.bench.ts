import '../src/define.js';
import type { Questionnaire } from '@lettilbud/contract';
import type { LtSdqForm } from '../src/sdq-form.js';
import { placeholderQuestionnaire } from '../src/demo/placeholder-questionnaire.js';

type Row = { name: string; value: number; unit: 'ms'; budget: number };
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

/** The same 25 questions as plain HTML: same wording and answer labels, no script, no CSS. */
function plainForm(questionnaire: Questionnaire): HTMLFormElement {
  const form = document.createElement('form');
  for (const item of questionnaire.item!.slice(0, 25)) {
    const fs = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = item.text ?? '';
    fs.append(legend);
    for (const option of item.answerOption!) {
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = item.linkId;
      label.append(input, option.valueString ?? '');
      fs.append(label);
    }
    form.append(fs);
  }
  return form;
}

/** Time to interactive for 25 items (vs plain HTML) and answering all 25 items. */
export async function bench(): Promise<Row[]> {
  const questionnaire = placeholderQuestionnaire();
  const tti: number[] = [];
  const plain: number[] = [];
  const answering: number[] = [];
  for (let run = 0; run < 18; run++) {
    let t = performance.now();
    const form = plainForm(questionnaire);
    document.body.append(form);
    form.getBoundingClientRect();
    plain.push(performance.now() - t);
    form.remove();

    t = performance.now();
    const el = document.createElement('lt-sdq-form') as LtSdqForm;
    el.setAttribute('layout', 'list');
    el.setAttribute('storage', 'none');
    el.setAttribute('subject', 'Patient/bench');
    el.questionnaire = questionnaire;
    document.body.append(el);
    await el.updateComplete;
    await el.updateComplete;
    el.getBoundingClientRect();
    tti.push(performance.now() - t);

    const inputs = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
    t = performance.now();
    for (let item = 0; item < 25; item++) {
      inputs[item * 3 + 1]!.click();
      await el.updateComplete;
    }
    answering.push(performance.now() - t);
    el.remove();
    await frame();
  }
  const [a, b, c] = [tti, plain, answering].map((xs) => median(xs.slice(3)));
  return [
    { name: 'time to interactive, 25 items (lt-sdq-form)', value: a!, unit: 'ms', budget: 2 * b! },
    {
      name: 'time to interactive, 25 radio groups (plain HTML, same run)',
      value: b!,
      unit: 'ms',
      budget: 0,
    },
    { name: 'answering all 25 items (total)', value: c!, unit: 'ms', budget: 30 },
  ];
}
