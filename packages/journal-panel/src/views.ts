import { html, nothing, type TemplateResult } from 'lit';
import { consentGiver, type JournalCase, type Locale } from '@lettilbud/contract';
import type { JournalStrings } from './i18n/index.js';
import { clock, PRE_TALK_TARGET_DAYS, SCREENING_TARGET_DAYS, type Clock } from './logic/clocks.js';
import { STAGES, stageDates, type Stage } from './logic/stage.js';
import type { Gap } from './logic/checklist.js';

export type Fmt = (date: string) => string;

/** A date as people read it, in the widget's language. */
export function formatter(locale: Locale): Fmt {
  const f = new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (date) => f.format(new Date(`${date}T00:00:00Z`));
}

export function timelineView(
  t: JournalStrings,
  c: JournalCase,
  stage: Stage,
  fmt: Fmt,
): TemplateResult {
  const dates = stageDates(c);
  const reached = STAGES.indexOf(stage);
  return html`<ol class="timeline" part="timeline">
    ${STAGES.map((s, i) => {
      const date = dates[s];
      const state = i < reached ? 'done' : i === reached ? 'current' : 'todo';
      return html`<li class=${state} aria-current=${i === reached ? 'step' : 'false'}>
        <span class="dot" aria-hidden="true"></span>
        <span class="name">${t[`stage-${s}`]}</span>
        <span class="when"
          >${date ? fmt(date) : i <= reached ? t.notRecorded : ''}${i === reached ? html` <strong>(${t.current})</strong>` : nothing}</span
        >
      </li>`;
    })}
  </ol>`;
}

function clockText(t: JournalStrings, k: Clock, fmt: Fmt): string {
  switch (k.state) {
    case 'met':
      return t.met;
    case 'late':
      return t.late(k.days);
    case 'running':
      return t.running(k.days, fmt(k.due));
    case 'due-soon':
      return t['due-soon'](k.days, fmt(k.due));
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
  if (!c.contact?.date) return html`<p>${t.noContact}</p>`;
  const rows: [string, Clock][] = [
    [t.clockPreTalk, clock(c.contact.date, c.preTalk?.date, PRE_TALK_TARGET_DAYS, today)],
    [t.clockScreening, clock(c.contact.date, c.screening?.date, SCREENING_TARGET_DAYS, today)],
  ];
  return html`<ul class="clocks" part="clocks">
    ${rows.map(([label, k]) => html`<li class="clock ${k.state}" data-state=${k.state}><span>${label}</span> <strong>${clockText(t, k, fmt)}</strong></li>`)}
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
            ${consents.map(
              (k) =>
                html`<li class=${k.withdrawn ? 'withdrawn' : ''}>
                  <strong>${t[`party-${k.party}`]}</strong>:
                  ${t.givenBy(k.givenBy === 'young-person' ? t.youngPerson : t.custodyHolders, fmt(k.date))}${k.withdrawn ? html`, <em>${t.withdrawn(fmt(k.withdrawn))}</em>` : nothing}
                </li>`,
            )}
          </ul>`
        : html`<p>${t.noConsents}</p>`
    }`;
}

export function checklistView(t: JournalStrings, gaps: readonly Gap[]): TemplateResult {
  if (!gaps.length) return html`<p class="ok">${t.noGaps}</p>`;
  return html`<ul class="gaps" part="gaps">
    ${gaps.map((g) => {
      const detail = g.detail
        ? g.id === 'dates-out-of-order'
          ? g.detail
          : (t[`party-${g.detail}` as keyof JournalStrings] ?? g.detail)
        : '';
      return html`<li data-gap=${g.id}>
        ${t[`gap-${g.id}`]}${detail ? html` <strong>${String(detail)}</strong>` : nothing}
      </li>`;
    })}
  </ul>`;
}
