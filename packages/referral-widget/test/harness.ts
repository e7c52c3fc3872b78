import { expect, fixture, html } from '@open-wc/testing';
import { copenhagenDate } from '@lettilbud/contract';
import '../src/define.js';
import type { LtReferralWidget } from '../src/referral-widget.js';

/** Test helpers that drive the widget the way a person does: type, tick, press. */

export type El = LtReferralWidget;

export function $(el: El, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`not found: ${selector}`);
  return found;
}

export function $maybe(el: El, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function heading(el: El): string {
  return $(el, '#step-heading').textContent!.replace(/\s+/g, ' ').trim();
}

/** A Danish date of birth that makes the child exactly `age` today. */
export function birthDateForAge(age: number): string {
  const year = Number(copenhagenDate(new Date()).slice(0, 4)) - age;
  return `01-01-${year}`;
}

export async function type(el: El, id: string, value: string): Promise<void> {
  const input = $(el, `#${id}`) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

export async function select(el: El, id: string, value: string): Promise<void> {
  const control = $(el, `#${id}`) as HTMLSelectElement;
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Clicks the radio or checkbox with this value in the group `name`. */
export async function tick(el: El, name: string, value: string): Promise<void> {
  $(el, `input[name="${name}"][value="${value}"]`).click();
  await el.updateComplete;
}

export async function press(
  el: El,
  id: 'next' | 'back' | 'skip' | 'send' | 'retry',
): Promise<void> {
  $(el, `#${id}`).click();
  // Sending goes through a few awaited steps (the later chunk, the schemas, the host's
  // answer): give them a few turns of the event loop, so a busy machine does not race them.
  const turns = id === 'send' || id === 'retry' ? 5 : 1;
  for (let i = 0; i < turns; i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
  }
  await el.updateComplete;
}

export async function mount(
  template = html`<lt-referral-widget></lt-referral-widget>`,
): Promise<El> {
  return fixture<El>(template);
}

export interface PathOptions {
  readonly role: 'young-person' | 'parent' | 'foster-carer' | 'professional';
  readonly age?: number;
  readonly safety?: 'no' | 'yes' | 'unsure';
  /** Overrides the date of birth `age` gives. */
  readonly birthDate?: string;
  /** Typed into the CPR field (the widget must have `cpr`). */
  readonly cpr?: string;
  /** The review step's title to expect (another language). */
  readonly reviewHeading?: string | undefined;
  /** Called on every step before pressing Next, e.g. to check accessibility. */
  readonly each?: (el: El) => Promise<void>;
}

/** Answers only the required questions and stops on the review step. */
export async function shortPath(el: El, o: PathOptions): Promise<void> {
  const each = o.each ?? (async () => {});
  if (!el.shadowRoot!.querySelector('input[name="role"]:checked')) await tick(el, 'role', o.role);
  if (o.role === 'professional') {
    await type(el, 'proRole', 'AKT-lærer');
    await type(el, 'proWorkplace', 'Valby Skole');
    ($(el, '#familyAgrees') as HTMLInputElement).click();
    await el.updateComplete;
  }
  await each(el);
  await press(el, 'next');
  await type(el, 'childName', 'Alma');
  await type(el, 'birthDate', o.birthDate ?? birthDateForAge(o.age ?? 10));
  await select(el, 'municipality', '101');
  if (o.cpr !== undefined) await type(el, 'cpr', o.cpr);
  await each(el);
  await press(el, 'next');
  await tick(el, 'hard', 'worry');
  await each(el);
  await press(el, 'next');
  await tick(el, 'safety', o.safety ?? 'no');
  await each(el);
  await press(el, 'next');
  await type(el, 'phone', '12 34 56 78');
  await each(el);
  await press(el, 'next');
  await each(el);
  await press(el, 'skip');
  await each(el);
  await press(el, 'next');
  expect(heading(el)).to.contain(o.reviewHeading ?? 'Se det hele igen');
  await each(el);
}

export const accessible = async (el: El): Promise<void> => {
  await expect(el).to.be.accessible();
};
