import { expect } from '@open-wc/testing';
import { phoneNow, replyWording, type OfferPhone } from '../../src/logic/reply.js';

const phone: OfferPhone = {
  number: '33 17 33 17',
  hours: [
    {
      dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
      opens: '09:00',
      closes: '15:00',
    },
  ],
  exceptions: [{ date: '2026-12-24', closed: true }],
};
// Copenhagen is UTC+1 in November and December.
const monday23 = new Date('2026-11-23T22:00:00Z');
const monday10 = new Date('2026-11-23T09:00:00Z');
const monday07 = new Date('2026-11-23T06:00:00Z');
const friday23 = new Date('2026-11-27T22:00:00Z');
const christmasEve10 = new Date('2026-12-24T09:00:00Z');

describe('replyWording: what the review and receipt may truthfully say', () => {
  it('urgent at 23:00 with hours: the phone opens tomorrow at 9; call 112 now if in danger', () => {
    expect(replyWording(true, phone, monday23)).to.deep.equal({
      urgent: true,
      phone: {
        kind: 'opens',
        number: '33 17 33 17',
        day: 'tomorrow',
        date: '2026-11-24',
        time: '09:00',
      },
      mayWait: false,
      dangerNow: true,
    });
  });

  it('urgent with no hours from the host: say it may not be read at once, and 112 now', () => {
    for (const hours of [null, undefined, { number: '33 17 33 17', hours: [] }])
      expect(replyWording(true, hours, monday23)).to.deep.equal({
        urgent: true,
        phone: null,
        mayWait: true,
        dangerNow: true,
      });
  });

  it('urgent while the phone is open: open now, until it closes', () => {
    expect(replyWording(true, phone, monday10).phone).to.deep.equal({
      kind: 'open',
      number: '33 17 33 17',
      closes: '15:00',
    });
  });

  it('routine: no urgency and no danger line; the phone only when its hours are known', () => {
    expect(replyWording(false, phone, monday23)).to.deep.include({
      urgent: false,
      mayWait: false,
      dangerNow: false,
    });
    expect(replyWording(false, null, monday23)).to.deep.equal({
      urgent: false,
      phone: null,
      mayWait: false,
      dangerNow: false,
    });
  });

  it('names the day: today before opening, Monday after a Friday night, past a closed day', () => {
    expect(phoneNow(phone, monday07)).to.deep.include({ day: 'today', time: '09:00' });
    expect(phoneNow(phone, friday23)).to.deep.include({ day: 'later', date: '2026-11-30' });
    expect(phoneNow(phone, christmasEve10)).to.deep.include({
      day: 'tomorrow',
      date: '2026-12-25',
    });
  });

  it('a line with no opening in the next two weeks says so, with its number', () => {
    const closed = { ...phone, hours: [], exceptions: [{ date: '2026-11-23', closed: true }] };
    expect(phoneNow(closed, monday10)).to.deep.equal({ kind: 'no-opening', number: '33 17 33 17' });
  });
});
