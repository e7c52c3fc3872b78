import { html, nothing, type TemplateResult } from 'lit';
import { CONCERNS, byCodeUnits, type JournalCase } from '@lettilbud/contract';
import { type Locale } from '@lettilbud/foundations';
import type { JournalStrings } from './i18n/index.js';
import { gpStatus } from './logic/gp.js';
import { endedAtPreTalk, guidedElsewhere } from './logic/pathway.js';
import { riskRaised, riskReading } from './logic/suicide-risk.js';
import type { Fmt } from './views.js';

/**
 * The pre-talk's decision and the screening's risk result, the GP and its consent, and
 * earlier courses: in the panel's details chunk (details.ts), shown a moment after the urgent
 * contact, the checklist and the clocks.
 */

function notificationText(
  t: JournalStrings,
  n: NonNullable<JournalCase['screening']>['notification'],
  fmt: Fmt,
): string {
  if (!n) return t.notificationBlank;
  if (n.decision === 'not-needed') return t['notification-not-needed'];
  return t.notificationMade(n.date ? fmt(n.date) : '');
}

const row = (term: string, value: string, state = '') =>
  html`<dt>${term}</dt>
    <dd class=${state} data-state=${state}>${value}</dd>`;

/** The pre-talk's decision and reason, the hand-over, the screening's risk result. */
export function decisionsView(t: JournalStrings, c: JournalCase, fmt: Fmt): TemplateResult {
  const p = c.preTalk;
  const s = c.screening;
  const decision = p?.decision;
  const risk = riskReading(s);
  const raised = riskRaised(risk);
  return html`<h4>${t['stage-pre-talk']}: ${p?.date ? fmt(p.date) : t.notHeld}</h4>
    <dl class="facts" data-part="pre-talk">
      ${row(t.preTalkDecision, decision ? t[`decision-${decision}`] : t.noDecision)}
      ${
        decision && decision !== 'offered-treatment'
          ? row(t.reason, p?.reason || t.noReasonText, p?.reason ? '' : 'missing')
          : p?.reason
            ? row(t.reason, p.reason)
            : nothing
      }
      ${
        guidedElsewhere(c)
          ? row(
              t.takenOver,
              p?.handedOver
                ? t.handedOver(p.handedOver.to, fmt(p.handedOver.date))
                : t.awaitingHandover,
              p?.handedOver ? '' : 'missing',
            )
          : nothing
      }
      ${
        p?.date
          ? row(
              t.notification,
              notificationText(t, p.notification, fmt),
              p.notification ? '' : 'missing',
            )
          : nothing
      }
    </dl>
    ${
      endedAtPreTalk(c) && !s?.date
        ? nothing
        : html`<h4>${t['stage-screening']}: ${s?.date ? fmt(s.date) : t.notHeld}</h4>
            <dl class="facts" data-part="screening">
              ${
                s?.date || s?.suicideRisk || s?.suicideRiskAssessed !== undefined
                  ? row(t.suicideRisk, t[`risk-${risk}`], raised ? 'raised' : '')
                  : nothing
              }
              ${
                raised
                  ? html`${row(
                      t.crisisPlan,
                      s?.crisisPlan === true ? t.crisisPlanMade : t.missing,
                      s?.crisisPlan === true ? '' : 'missing',
                    )}
                    ${row(
                      t.psychiatryContact,
                      s?.psychiatryContact ? t[`psychiatry-${s.psychiatryContact}`] : t.missing,
                      s?.psychiatryContact ? '' : 'missing',
                    )}`
                  : nothing
              }
              ${
                s?.date
                  ? row(
                      t.notification,
                      notificationText(t, s.notification, fmt),
                      s.notification ? '' : 'missing',
                    )
                  : nothing
              }
            </dl>`
    }`;
}

/** What the GP should be told, and whether the consent allows it. */
export function gpView(t: JournalStrings, c: JournalCase, today: string, fmt: Fmt): TemplateResult {
  const gp = gpStatus(c, today);
  const date = gp.date ? fmt(gp.date) : '';
  const consent =
    gp.consent === 'given'
      ? t['gp-consent-given'](date)
      : gp.consent === 'refused'
        ? t['gp-consent-refused'](date)
        : gp.consent === 'withdrawn'
          ? t['gp-consent-withdrawn'](date)
          : t[`gp-consent-${gp.consent}`];
  return html`${c.child.gp ? html`<p>${c.child.gp}</p>` : nothing}
    ${
      gp.due.length
        ? html`<ul class="gp-due">
            ${gp.due.map((d) => html`<li data-due=${d}>${t[`gp-due-${d}`]}</li>`)}
          </ul>`
        : html`<p>${t.gpNothingDue}</p>`
    }
    <p
      class="gp-consent ${gp.due.length && gp.consent !== 'given' ? 'missing' : ''}"
      data-consent=${gp.consent}
    >
      ${consent}
    </p>`;
}

/** Earlier courses (the open door), newest first. */
export function earlierCoursesView(
  t: JournalStrings,
  c: JournalCase,
  fmt: Fmt,
  locale: Locale,
): TemplateResult {
  const list = [...(c.earlierCourses ?? [])].sort((a, b) =>
    byCodeUnits(b.contactDate ?? '', a.contactDate ?? ''),
  );
  const when = (d?: string) => (d ? fmt(d) : t.unknownDate);
  return html`<ul class="earlier">
    ${list.map(
      (e) =>
        html`<li>
          <strong>${e.course || t.noCourseName}</strong>:
          ${t.earlierCourse(when(e.contactDate), when(e.closureDate))}${
            e.concerns?.length
              ? html`. ${t.concerns}:
                ${e.concerns.map((id) => CONCERNS.find((x) => x.id === id)?.[locale] ?? id).join(', ')}`
              : nothing
          }
        </li>`,
    )}
  </ul>`;
}
