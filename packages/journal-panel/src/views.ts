import { html, nothing, type TemplateResult } from 'lit';
import { consentGiver, type JournalCase } from '@lettilbud/contract';
import { formatDate, type Locale } from '@lettilbud/foundations';
import type { JournalStrings } from './i18n/index.js';
import { caseClocks, copenhagenDay, type CaseClock, type ClockId } from './logic/clocks.js';
import { STAGES, skippedStages, stageDates, type Stage } from './logic/stage.js';
import type { Gap } from './logic/checklist.js';
import { consentStatus } from './logic/consents.js';

export type Fmt = (date: string) => string;

/** A date as people read it, in the widget's language. */
export function formatter(locale: Locale): Fmt {
  return (date) => formatDate(locale, date, 'short');
}

export function timelineView(
  t: JournalStrings,
  c: JournalCase,
  stage: Stage,
  fmt: Fmt,
): TemplateResult {
  const dates = stageDates(c);
  const skipped = skippedStages(c);
  const reached = STAGES.indexOf(stage);
  return html`<ol class="timeline" part="timeline">
    ${STAGES.map((s, i) => {
      const date = dates[s];
      const state = skipped.has(s)
        ? 'skipped'
        : i < reached
          ? 'done'
          : i === reached
            ? 'current'
            : 'todo';
      return html`<li
        class=${state}
        data-stage=${s}
        aria-current=${i === reached ? 'step' : 'false'}
      >
        <span class="dot" aria-hidden="true"></span>
        <span class="name">${t[`stage-${s}`]}</span>
        <span class="when"
          >${date ? fmt(date) : skipped.has(s) ? t.notRelevantStage : i <= reached ? t.notRecorded : ''}${i === reached ? html` <strong>(${t.current})</strong>` : nothing}</span
        >
      </li>`;
    })}
  </ol>`;
}

/** A catalog entry by a computed key, with a fallback for a key the catalog lacks. */
export function pick(t: JournalStrings, key: string, fallback = ''): string {
  const value = (t as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : fallback;
}

const CLOCK_LABELS: Record<ClockId, 'clockUrgent' | 'clockPreTalk' | 'clockScreening'> = {
  urgent: 'clockUrgent',
  'pre-talk': 'clockPreTalk',
  screening: 'clockScreening',
};

/** What a clock says; an urgent clock also says who acted and when. */
export function clockText(t: JournalStrings, k: CaseClock, c: JournalCase, fmt: Fmt): string {
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
  t: JournalStrings,
  c: JournalCase,
  today: string,
  fmt: Fmt,
): TemplateResult {
  return html`<ul class="clocks" part="clocks">
    ${caseClocks(c, today).map((k) => html`<li class="clock ${k.state}" data-clock=${k.id} data-state=${k.state}><span>${t[CLOCK_LABELS[k.id]]}</span> <strong>${clockText(t, k, c, fmt)}</strong></li>`)}
  </ul>`;
}

/** SDQ over time: its own module (series per informant, change rows, impact). */
export { sdqView } from './sdq-view.js';

export function consentsView(
  t: JournalStrings,
  c: JournalCase,
  age: number,
  fmt: Fmt,
): TemplateResult {
  const who = consentGiver(age) === 'young-person' ? t.youngPerson : t.custodyHolders;
  const consents = c.consents ?? [];
  return html`<p class="counts">${t.consentCounts(who)}</p>
    ${
      consents.length
        ? html`<ul class="consents">
            ${consents.map((k) => {
              const giver = k.givenBy === 'young-person' ? t.youngPerson : t.custodyHolders;
              const status = consentStatus(k);
              const text =
                status === 'to-be-obtained'
                  ? t.toBeObtained(giver)
                  : status === 'refused'
                    ? t.refusedBy(giver, fmt(k.date))
                    : t.givenBy(giver, fmt(k.date));
              return html`<li class=${k.withdrawn ? 'withdrawn' : status} data-status=${status}>
                <strong>${t[`party-${k.party}`]}</strong>:
                ${text}${k.withdrawn ? html`, <em>${t.withdrawn(fmt(k.withdrawn))}</em>` : nothing}
              </li>`;
            })}
          </ul>`
        : html`<p>${t.noConsents}</p>`
    }`;
}

/** A gap's detail in words: a step, a decision, a consent state or a partner. */
function gapDetail(t: JournalStrings, g: Gap): string {
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

export function checklistView(t: JournalStrings, gaps: readonly Gap[]): TemplateResult {
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
