import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define.js';
import type { LtSdqForm } from '../src/sdq-form.js';

export async function mount(template: TemplateResult): Promise<LtSdqForm> {
  const el = await fixture<LtSdqForm>(template);
  await waitUntil(
    () => el.shadowRoot!.querySelector('fieldset, .problem, [role=status]'),
    'rendered',
  );
  await el.updateComplete;
  return el;
}

export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

/** Answers item n (1-based) with the option at `position`. */
export async function answer(el: LtSdqForm, item: number, position: number): Promise<void> {
  $$<HTMLInputElement>(el, `#q-${item} input`)[position]!.click();
  await el.updateComplete;
}

export async function answerAll(el: LtSdqForm, position = 1): Promise<void> {
  for (let item = 1; item <= 25; item++) await answer(el, item, position);
  await answer(el, 26, 0);
}

export async function click(el: LtSdqForm, text: string): Promise<void> {
  const button = $$<HTMLButtonElement>(el, 'button').find((b) =>
    b.textContent!.trim().startsWith(text),
  );
  if (!button) throw new Error(`no button "${text}"`);
  button.click();
  await el.updateComplete;
}
