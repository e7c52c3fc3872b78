import { html, nothing, type TemplateResult } from 'lit';
import type { JournalCase } from '@lettilbud/contract';
import type { FirstStrings } from './i18n/index.js';
import { caseClocks, isUrgent } from './logic/clocks.js';
import { clockText, type Fmt } from './views.js';

/** The safety-first part of the panel: the urgent contact, at the very top. */

/** An urgent contact nobody has yet recorded acting on: shown before everything else. */
export function urgentView(
  t: FirstStrings,
  c: JournalCase,
  today: string,
  fmt: Fmt,
  onRecord: () => void,
): TemplateResult | typeof nothing {
  if (!isUrgent(c) || c.contact?.urgentHandled) return nothing;
  const k = caseClocks(c, today).find((x) => x.id === 'urgent')!;
  const safety = c.contact?.safety;
  return html`<div class="urgent" part="urgent" data-state=${k.state}>
    <p class="urgent-title"><strong>${t.urgentTitle}</strong></p>
    <p>
      ${
        safety === 'yes' || safety === 'unsure'
          ? t.urgentAnswer(t[`safety-${safety}`])
          : t.urgentFlagged
      }
    </p>
    <p class="clock ${k.state}"><strong>${clockText(t, k, c, fmt)}</strong></p>
    <button class="lt-button" @click=${onRecord}>${t['action-record-urgent-contact']}</button>
  </div>`;
}
