import { html, nothing, type TemplateResult } from 'lit';
import { consentGiver, type JournalCase } from '@lettilbud/contract';
import type { JournalStrings } from './i18n/index.js';
import { STAGES, skippedStages, stageDates, type Stage } from './logic/stage.js';
import { consentStatus } from './logic/consents.js';
import type { Fmt } from './views.js';

// The timeline and the consents: in the panel's details chunk (details.ts).

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
