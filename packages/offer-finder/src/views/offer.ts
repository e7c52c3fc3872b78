import { html, nothing, type TemplateResult } from 'lit';
import {
  CONCERNS,
  copenhagenDate,
  municipalityByCode,
  openStatus,
  type Course,
  type Offer,
} from '@lettilbud/contract';
import { formatDate, type Locale } from '@lettilbud/foundations';
import type { FinderStrings } from '../i18n/index.js';

export type Channel = 'self-referral' | 'phone' | 'email' | 'website';
export type Select = (offer: Offer, channel: Channel, course: Course | null, event: Event) => void;

/** The national targets, said as targets, with the way to help now right beside the queue. */
export function targetsView(t: FinderStrings, toCrisis: (e: Event) => void): TemplateResult {
  return html`<p class="note targets">
      ${t.targets}
      <a href="#lt-crisis-heading" @click=${toCrisis}>${t.cannotWait}</a>
    </p>
    <p class="note">${t.openDoor}</p>`;
}

const fmtDate = (locale: Locale, date: string) => formatDate(locale, date);

/** "Open now, until 15:00" / "Closed now. Opens Monday 9:00", in Copenhagen time. */
export function phoneStatus(
  t: FinderStrings,
  locale: Locale,
  offer: Offer,
  now: Date,
): string | null {
  if (!offer.phone || !offer.phone.hours.length) return null;
  const status = openStatus(offer.phone.hours, offer.phone.exceptions ?? [], now);
  if (status.open) return t.openNow(status.closes);
  if (!status.opens) return t.closedNoHours;
  const day =
    status.opens.date === copenhagenDate(now)
      ? t.today
      : formatDate(locale, status.opens.date, 'weekday');
  return t.opensAt(`${day} ${locale === 'da' ? 'kl.' : 'at'} ${status.opens.time}`);
}

export function courseView(
  t: FinderStrings,
  locale: Locale,
  offer: Offer,
  course: Course,
  select: Select,
): TemplateResult {
  const concerns = course.concerns
    .map((id) => CONCERNS.find((c) => c.id === id)?.[locale] ?? id)
    .join(', ');
  return html`<li class="course" part="course">
    <h4>${course.name}</h4>
    ${course.description ? html`<p>${course.description}</p>` : nothing}
    <p class="facts">
      ${t.courseAges(course.ages.min, course.ages.max)} ·
      ${course.formats.map((f) => t[f]).join(', ')}${
        course.sessions
          ? html` · ${t.courseSessions(course.sessions.min, course.sessions.max)}`
          : nothing
      }
    </p>
    ${concerns ? html`<p class="facts">${t.courseFor}: ${concerns}</p>` : nothing}
    ${
      course.manual && course.manual !== course.name
        ? html`<p class="facts">${t.courseManual}: ${course.manual}</p>`
        : nothing
    }
    ${course.provider ? html`<p class="facts">${t.courseProvider}: ${course.provider}</p>` : nothing}
    ${
      offer.status !== 'not-yet-running'
        ? html`<button
            class="lt-button secondary"
            @click=${(e: Event) => select(offer, 'self-referral', course, e)}
          >
            ${t.getInTouch}
          </button>`
        : nothing
    }
  </li>`;
}

export function contactView(
  t: FinderStrings,
  locale: Locale,
  offer: Offer,
  now: Date,
  select: Select,
): TemplateResult {
  const status = phoneStatus(t, locale, offer, now);
  const reachable = offer.phone || offer.contactUrl || offer.email || offer.website;
  return html`<div class="contact" part="contact">
    <h4>${t.contactTitle}</h4>
    ${reachable ? nothing : html`<p class="no-contact">${t.noContact}</p>`}
    <dl>
      ${
        offer.phone
          ? html`<dt>${t.phone}</dt>
              <dd>
                <a
                  class="phone"
                  href="tel:${offer.phone.number.replace(/[^+0-9]/g, '')}"
                  @click=${(e: Event) => select(offer, 'phone', null, e)}
                  >${offer.phone.number}</a
                >
                ${status ? html`<span class="open-status">${status}</span>` : nothing}
              </dd>`
          : nothing
      }
      ${
        offer.contactUrl
          ? html`<dt>${t.digitalLabel}</dt>
              <dd>
                <a
                  href=${offer.contactUrl}
                  rel="noopener"
                  @click=${(e: Event) => select(offer, 'self-referral', null, e)}
                  >${t.digital}</a
                >
              </dd>`
          : nothing
      }
      ${
        offer.email
          ? html`<dt>${t.email}</dt>
              <dd>
                <a
                  href="mailto:${offer.email}"
                  @click=${(e: Event) => select(offer, 'email', null, e)}
                  >${offer.email}</a
                >
              </dd>`
          : nothing
      }
      ${
        offer.website
          ? html`<dt>${t.website}</dt>
              <dd>
                <a
                  href=${offer.website}
                  rel="noopener"
                  @click=${(e: Event) => select(offer, 'website', null, e)}
                  >${new URL(offer.website).host}</a
                >
              </dd>`
          : nothing
      }
      ${
        offer.addresses?.length
          ? html`<dt>${t.address}</dt>
              ${offer.addresses.map((a) => html`<dd>${a.streetAddress}, ${a.postalCode} ${a.locality}${a.note ? html`<br />${a.note}` : nothing}</dd>`)}`
          : nothing
      }
      ${
        offer.whoMayContact?.length
          ? html`<dt>${t.whoMay}</dt>
              <dd>${offer.whoMayContact.map((w) => t[`who-${w}`]).join(', ')}</dd>`
          : nothing
      }
      ${
        offer.waitingTime
          ? html`<dt>${t.waiting}</dt>
              <dd>
                ${offer.waitingTime.weeks !== undefined ? t.waitingWeeks(offer.waitingTime.weeks) : nothing}
                ${offer.waitingTime.text ?? ''}
              </dd>`
          : nothing
      }
    </dl>
  </div>`;
}

export function offerView(
  t: FinderStrings,
  locale: Locale,
  offer: Offer,
  courses: readonly Course[],
  now: Date,
  select: Select,
  toCrisis: (e: Event) => void,
): TemplateResult {
  const names = offer.municipalities.map((c) => municipalityByCode(c)?.name ?? c).join(', ');
  return html`<article class="offer" part="offer" aria-labelledby="offer-${offer.id}">
    <h3 id="offer-${offer.id}">${offer.name}</h3>
    <p class="facts">
      ${t.serves(names)} ·
      <span class="status ${offer.status}">${t[`status-${offer.status}`]}</span>
    </p>
    ${offer.description ? html`<p>${offer.description}</p>` : nothing}
    ${contactView(t, locale, offer, now, select)} ${targetsView(t, toCrisis)}
    <h4>${t.coursesTitle}</h4>
    <p class="count">${t.courseCount(courses.length)}</p>
    ${
      courses.length
        ? html`<ul class="courses">
            ${courses.map((c) => courseView(t, locale, offer, c, select))}
          </ul>`
        : offer.courses.length
          ? html`<p>${t.noCourses}</p>`
          : nothing
    }
    <p class="verified">${t.verified(fmtDate(locale, offer.verifiedAt))}</p>
  </article>`;
}

export function catalogueView(
  t: FinderStrings,
  locale: Locale,
  courses: readonly Course[],
): TemplateResult {
  if (!courses.length) return html``;
  return html`<h4>${t.typical}</h4>
    <ul class="catalogue">
      ${courses.map(
        (c) =>
          html`<li>
            <strong>${c.name}</strong>: ${t.courseAges(c.ages.min, c.ages.max)},
            ${c.concerns.map((id) => CONCERNS.find((x) => x.id === id)?.[locale] ?? id).join(', ')}
          </li>`,
      )}
    </ul>`;
}
