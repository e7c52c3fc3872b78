import { expect } from '@open-wc/testing';
import {
  impactScore,
  itemScore,
  missingScores,
  scaleScore,
  scoreSdq,
  sdqItemNumber,
  SDQ_SCALE_ITEMS,
} from '../../src/index.js';

const answers = (entries: Record<number, number>) =>
  new Map(Object.entries(entries).map(([k, v]) => [Number(k), v]));

describe('SDQ scoring: items', () => {
  it('scores 0/1/2 by option position and turns round the five reversed items', () => {
    for (const item of [1, 2, 3, 24])
      expect([0, 1, 2].map((p) => itemScore(item, p))).to.deep.equal([0, 1, 2]);
    for (const item of [7, 11, 14, 21, 25])
      expect([0, 1, 2].map((p) => itemScore(item, p))).to.deep.equal([2, 1, 0]);
  });

  it('reads the item number from the linkId', () => {
    expect(sdqItemNumber('7')).to.equal(7);
    expect(sdqItemNumber('7followInstructions')).to.equal(7);
    expect(sdqItemNumber('33AffectOthers')).to.equal(33);
    expect(sdqItemNumber('34x')).to.equal(null);
    expect(sdqItemNumber('friendly1')).to.equal(null);
    expect(sdqItemNumber('123')).to.equal(null);
  });
});

describe('SDQ scoring: scales and prorating', () => {
  it('sums five answered items', () => {
    expect(scaleScore('emotional', answers({ 3: 2, 8: 2, 13: 1, 16: 0, 24: 2 }))).to.equal(7);
  });

  it('prorates four answered items: round(mean × 5), halves up', () => {
    // conduct 5,12,18,22 answered with 1,0,0,0 → mean 0.25 → 1.25 → 1
    expect(scaleScore('conduct', answers({ 5: 1, 12: 0, 18: 0, 22: 0 }))).to.equal(1);
    // 3 points from 4 items → 3.75 → 4
    expect(scaleScore('conduct', answers({ 5: 1, 12: 1, 18: 1, 22: 0 }))).to.equal(4);
    // 2 points from 4 items → 2.5 → 3 (half up)
    expect(scaleScore('conduct', answers({ 5: 1, 12: 1, 18: 0, 22: 0 }))).to.equal(3);
  });

  it('prorates three answered items: 4 points from 3 items gives 7', () => {
    expect(scaleScore('hyperactivity', answers({ 2: 2, 10: 2, 15: 0 }))).to.equal(7);
    expect(scaleScore('hyperactivity', answers({ 2: 1, 10: 0, 15: 0 }))).to.equal(2); // 1.67 → 2
  });

  it('reports a scale with fewer than three answers as missing, never as zero', () => {
    expect(scaleScore('peer', answers({ 6: 0, 19: 0 }))).to.equal(null);
    expect(scaleScore('peer', answers({}))).to.equal(null);
  });

  it('counts reversed items inside prorating', () => {
    // peer: 11R and 14R answered "certainly true" (pos 2 → 0), 6 pos 2 → 2: 2 points from 3 → 3.33 → 3
    expect(scaleScore('peer', answers({ 6: 2, 11: 2, 14: 2 }))).to.equal(3);
  });

  it('all missing: every score null, and missingScores lists them', () => {
    const scores = scoreSdq(new Map(), 'parent');
    expect(Object.values(scores).every((v) => v === null)).to.equal(true);
    expect(missingScores(scores)).to.have.length(9);
  });

  it('scores a full answer set as worked out by hand', () => {
    // positions for items 1..25 (0 not true, 1 somewhat, 2 certainly)
    const pos = [2, 1, 0, 2, 1, 0, 2, 1, 2, 2, 2, 0, 1, 1, 2, 1, 2, 0, 1, 2, 0, 0, 1, 2, 0];
    const a = new Map(pos.map((p, i) => [i + 1, p]));
    // emotional 3,8,13,16,24 → 0+1+1+1+2 = 5
    // conduct 5,7R,12,18,22 → 1+(2-2)+0+0+0 = 1
    // hyperactivity 2,10,15,21R,25R → 1+2+2+(2-0)+(2-0) = 9
    // peer 6,11R,14R,19,23 → 0+(2-2)+(2-1)+1+1 = 3
    // prosocial 1,4,9,17,20 → 2+2+2+2+2 = 10
    const s = scoreSdq(a, 'parent');
    expect(s).to.include({ emotional: 5, conduct: 1, hyperactivity: 9, peer: 3, prosocial: 10 });
    expect(s).to.include({
      totalDifficulties: 18,
      externalising: 10,
      internalising: 8,
      impact: null,
    });
  });

  it('total, externalising and internalising are missing when a scale they need is', () => {
    const a = answers({ 3: 1, 8: 1, 13: 1, 5: 1, 7: 1, 12: 1, 2: 1, 10: 1, 15: 1 });
    const s = scoreSdq(a, 'parent');
    expect(s).to.include({ emotional: 5, conduct: 5, hyperactivity: 5, peer: null });
    expect(s).to.include({ totalDifficulties: null, externalising: 10, internalising: null });
  });
});

describe('SDQ scoring: impact', () => {
  it('is 0 when the overall answer is "no difficulties", whatever else is answered', () => {
    expect(impactScore(answers({ 26: 0, 28: 3 }), 'parent')).to.equal(0);
  });

  it('scores not at all/a little 0, quite a lot 1, a great deal 2 (parent/self 0-10)', () => {
    const all = answers({ 26: 2, 28: 3, 29: 3, 30: 3, 31: 3, 32: 3 });
    expect(impactScore(all, 'parent')).to.equal(10);
    expect(impactScore(all, 'self')).to.equal(10);
    expect(impactScore(answers({ 26: 1, 28: 0, 29: 1, 30: 2, 31: 3, 32: 1 }), 'parent')).to.equal(
      3,
    );
  });

  it('teacher: distress, peers and learning only (0-6)', () => {
    expect(impactScore(answers({ 26: 3, 28: 3, 30: 3, 31: 3 }), 'teacher')).to.equal(6);
    expect(impactScore(answers({ 26: 3, 28: 3, 30: 3, 31: 3 }), 'parent')).to.equal(null);
  });

  it('is missing without the overall answer or a needed item', () => {
    expect(impactScore(answers({ 28: 3 }), 'parent')).to.equal(null);
    expect(impactScore(answers({ 26: 2, 28: 3, 29: 3 }), 'parent')).to.equal(null);
  });
});

describe('SDQ follow-up questions', () => {
  it('numbers fu1/fu2 linkIds 34 and 35, outside the scored items', () => {
    expect(sdqItemNumber('fu1Progress')).to.equal(34);
    expect(sdqItemNumber('fu2')).to.equal(35);
    expect(sdqItemNumber('fu3')).to.equal(null);
    const s = scoreSdq(answers({ 34: 4, 35: 3 }), 'parent');
    expect(s.totalDifficulties).to.equal(null);
  });
});

describe('SDQ scoring: the prorating rule, exhaustively', () => {
  // Reference written from the published rule, in floating point: a scale counts when at
  // least 3 of its 5 items are answered; the score is round(mean × 5) with halves up.
  const reference = (scores: number[]) =>
    scores.length < 3
      ? null
      : Math.floor((scores.reduce((a, b) => a + b, 0) / scores.length) * 5 + 0.5);

  for (const scale of ['emotional', 'conduct', 'hyperactivity', 'peer', 'prosocial'] as const) {
    it(`${scale}: every subset of answered items with every answer`, () => {
      const items = SDQ_SCALE_ITEMS[scale];
      let checked = 0;
      for (let mask = 0; mask < 32; mask++) {
        const chosen = items.filter((_, i) => mask & (1 << i));
        for (let code = 0; code < 3 ** chosen.length; code++) {
          const a = new Map<number, number>();
          chosen.forEach((item, i) => a.set(item, Math.floor(code / 3 ** i) % 3));
          const itemScores = chosen.map((item) => {
            const p = a.get(item)!;
            return [7, 11, 14, 21, 25].includes(item) ? 2 - p : p;
          });
          expect(scaleScore(scale, a), `${scale} ${[...a]}`).to.equal(reference(itemScores));
          checked++;
        }
      }
      expect(checked).to.equal(4 ** 5); // Σ C(5,k)·3^k
    });
  }

  it('treats a position that is not an option as unanswered, never as a score', () => {
    const bad = answers({ 3: 3, 8: -1, 13: 1.5, 16: 2, 24: 2 });
    expect(scaleScore('emotional', bad)).to.equal(null);
    expect(scaleScore('emotional', answers({ 3: 7, 8: 2, 13: 2, 16: 2 }))).to.equal(10);
    expect(impactScore(answers({ 26: 4 }), 'parent')).to.equal(null);
    expect(impactScore(answers({ 26: 1, 28: 4, 30: 3, 31: 3 }), 'teacher')).to.equal(null);
  });
});

describe('SDQ scoring: one answer set per informant, worked out by hand', () => {
  // positions for items 1..25 and the impact supplement
  const pos = [1, 2, 2, 0, 2, 1, 0, 2, 1, 2, 0, 1, 2, 0, 2, 2, 1, 1, 1, 0, 1, 0, 2, 1, 1];
  const a = new Map(pos.map((p, i) => [i + 1, p]));
  a.set(26, 2).set(27, 3).set(28, 2).set(29, 3).set(30, 1).set(31, 3).set(32, 0).set(33, 3);
  // emotional 3,8,13,16,24 → 2+2+2+2+1 = 9
  // conduct 5,7R,12,18,22 → 2+(2-0)+1+1+0 = 6
  // hyperactivity 2,10,15,21R,25R → 2+2+2+(2-1)+(2-1) = 8
  // peer 6,11R,14R,19,23 → 1+(2-0)+(2-0)+1+2 = 8
  // prosocial 1,4,9,17,20 → 1+0+1+1+0 = 3
  // total 9+6+8+8 = 31; externalising 6+8 = 14; internalising 9+8 = 17
  // impact (0,0,1,2 per item; 27 duration and 33 burden not scored):
  //   parent/self 28,29,30,31,32 → 1+2+0+2+0 = 5; teacher 28,30,31 → 1+0+2 = 3
  const common = {
    emotional: 9,
    conduct: 6,
    hyperactivity: 8,
    peer: 8,
    prosocial: 3,
    totalDifficulties: 31,
    externalising: 14,
    internalising: 17,
  };
  it('parent', () => expect(scoreSdq(a, 'parent')).to.deep.equal({ ...common, impact: 5 }));
  it('self', () => expect(scoreSdq(a, 'self')).to.deep.equal({ ...common, impact: 5 }));
  it('teacher', () => expect(scoreSdq(a, 'teacher')).to.deep.equal({ ...common, impact: 3 }));
});
