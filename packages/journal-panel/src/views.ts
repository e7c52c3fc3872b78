import { html, nothing, type TemplateResult } from 'lit';
import type { JournalCase } from '@lettilbud/contract';
import { formatDate, type Locale } from '@lettilbud/foundations';
import type { FirstStrings } from './i18n/index.js';
import { caseClocks, copenhagenDay, type CaseClock, type ClockId } from './logic/clocks.js';
import type { Gap } from './logic/checklist.js';

export type Fmt = (date: string) => string;

/** A date as people read it, in the widget's language. */
export function formatter(locale: Locale): Fmt {
  return (date) => formatDate(locale, date, 'short');
}

export function pick(t: FirstStrings, key: string, fallback = ''): string {
  const value = (t as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : fallback;
}

const CLOCK_LABELS: Record<ClockId, 'clockUrgent' | 'clockPreTalk' | 'clockScreening'> = {
  urgent: 'clockUrgent',
  'pre-talk': 'clockPreTalk',
  screening: 'clockScreening',
};

/** What a clock says; an urgent clock also says who acted and when. */
export function clockText(t: FirstStrings, k: CaseClock, c: JournalCase, fmt: Fmt): string {
  const handled = c.contact?.urgentHandled;
  const acted =
    k.id === 'urgent' && handled
      ? t.urgentHandled(fmt(copenhagenDay(handled.at)), handled.by ?? '')
      : '';
  switch (k.state) {
    case 'not-relevant':
      return t.notRelevant(pick(t, `why-${k.why}`, k.why));
    case 'no-contact':
      return t.noContactClock;
    case 'met':
      return acted || t.met;
    case 'late':
      return acted ? `${t.late(k.days)}. ${acted}` : t.late(k.days);
    case 'running':
      return t.running(k.days, fmt(k.due));
    case 'due-soon':
      return t['due-soon'](k.days, fmt(k.due));
    case 'due-today':
      return t['due-today'](fmt(k.due));
    default:
      return t.overdue(k.days, fmt(k.due));
  }
}

export function clocksView(
  t: FirstStrings,
  c: JournalCase,
  today: string,
  fmt: Fmt,
): TemplateResult {
  return html`<ul class="clocks" part="clocks">
    ${caseClocks(c, today).map((k) => html`<li class="clock ${k.state}" data-clock=${k.id} data-state=${k.state}><span>${t[CLOCK_LABELS[k.id]]}</span> <strong>${clockText(t, k, c, fmt)}</strong></li>`)}
  </ul>`;
}

/** A gap's detail in words: a step, a decision, a consent state or a partner. */
function gapDetail(t: FirstStrings, g: Gap): string {
  const d = g.detail;
  if (!d) return '';
  switch (g.id) {
    case 'dates-out-of-order':
      return d
        .split(' → ')
        .map((step) => pick(t, `stage-${step}`, pick(t, step, step)))
        .join(' → ');
    case 'notification':
    case 'notification-date':
      return pick(t, `stage-${d}`, d);
    case 'awaiting-handover':
      return pick(t, `decision-${d}`, d);
    case 'gp-consent':
      return pick(t, `consent-${d}`, d);
    default:
      return pick(t, `party-${d}`, d);
  }
}

export function checklistView(t: FirstStrings, gaps: readonly Gap[]): TemplateResult {
  if (!gaps.length) return html`<p class="ok">${t.noGaps}</p>`;
  return html`<ul class="gaps" part="gaps">
    ${gaps.map((g) => {
      const detail = gapDetail(t, g);
      return html`<li data-gap=${g.id}>
        ${t[`gap-${g.id}`]}${detail ? html` <strong>${detail}</strong>` : nothing}
      </li>`;
    })}
  </ul>`;
}
