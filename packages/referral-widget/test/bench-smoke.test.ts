import { expect } from '@open-wc/testing';
import { bench } from '../bench/referral-widget.bench.js';

describe('referral bench', () => {
  it('runs', async () => {
    const rows = await bench();
    expect(rows[0]!.value).to.be.a('number');
  });
});
