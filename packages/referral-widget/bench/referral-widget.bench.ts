import '../src/define.js';

/**
 * Step change re-render: from pressing Next (validation, draft save, render of the new
 * step, focus on its heading) until the update completes, alternating Next and Back
 * between the two largest steps ("more", with its scales and lists, and "consent").
 * The bench page may have no web storage, so the form is filled through the UI.
 */
export async function bench(): Promise<
  { name: string; value: number; unit: 'ms'; budget: number }[]
> {
  const el = document.createElement('lt-referral-widget');
  el.setAttribute('storage', 'none');
  document.body.append(el);
  await el.updateComplete;
  const $ = <T extends HTMLElement>(selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
  const type = async (id: string, value: string) => {
    const input = $<HTMLInputElement>(`#${id}`);
    input.value = value;
    input.dispatchEvent(new Event(input.localName === 'select' ? 'change' : 'input'));
    await el.updateComplete;
  };
  const press = async (selector: string) => {
    const start = performance.now();
    $(selector).click();
    await el.updateComplete;
    return performance.now() - start;
  };
  await press('input[name="role"][value="parent"]');
  await press('#next');
  await type('childName', 'Alma');
  await type('birthDate', '01-01-2016');
  await type('municipality', '101');
  await press('#next');
  await press('input[name="hard"][value="worry"]');
  await press('#next');
  await press('input[name="safety"][value="no"]');
  await press('#next');
  await type('phone', '12 34 56 78');
  await press('#next');
  await press('#add-holder');

  const times: number[] = [];
  for (let i = 0; i < 3 + 20; i++) {
    const forward = await press('#next');
    const back = await press('#back');
    if (i >= 3) times.push(forward, back);
  }
  el.remove();
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  return [{ name: 'referral: step change re-render', value: median, unit: 'ms', budget: 16 }];
}
