import { estimateCompensation, type CompensationFacts } from './compensation-rules';

const facts = (over: Partial<CompensationFacts>): CompensationFacts => ({
  type: 'LOST',
  carrier: 'ZTO',
  insuredValueFen: null,
  claimedFen: null,
  ...over,
});

describe('compensation estimate', () => {
  it('an insured parcel lost by China Post is paid its insured amount (邮政法 §47 (一))', () => {
    const e = estimateCompensation(facts({ carrier: 'YZPY', insuredValueFen: 50_000, claimedFen: 30_000 }));
    expect(e).toMatchObject({ basis: 'INSURED_FULL', amountFen: 50_000, capFen: 50_000, rule: '《中华人民共和国邮政法》第四十七条' });
  });

  it('an insured courier parcel lost is paid its real loss up to the insured amount', () => {
    expect(estimateCompensation(facts({ insuredValueFen: 50_000, claimedFen: 30_000 }))).toMatchObject({
      basis: 'INSURED_FULL',
      amountFen: 30_000,
      rule: '《快递暂行条例》第二十七条',
    });
    expect(estimateCompensation(facts({ insuredValueFen: 50_000, claimedFen: 90_000 })).amountFen).toBe(50_000);
  });

  it('partial damage of an item insured below its value is paid in proportion', () => {
    // Insured 500 of a 1000 元 item; 300 元 of damage → 150 元.
    const e = estimateCompensation(facts({ type: 'DAMAGED', insuredValueFen: 50_000, itemValueFen: 100_000, claimedFen: 30_000 }));
    expect(e).toMatchObject({ basis: 'INSURED_PROPORTIONAL', amountFen: 15_000, capFen: 50_000 });
    expect(e.explanation).toContain('50%');
  });

  it('partial damage insured at full value is paid the real loss', () => {
    expect(estimateCompensation(facts({ type: 'SHORTAGE', insuredValueFen: 50_000, claimedFen: 12_000 })).amountFen).toBe(12_000);
  });

  it('an uninsured China Post parcel is capped at three times the postage', () => {
    const e = estimateCompensation(facts({ carrier: 'EMS', claimedFen: 80_000, postageFen: 2_000 }));
    expect(e).toMatchObject({ basis: 'POSTAL_UNINSURED', amountFen: 6_000, capFen: 6_000 });
    expect(e.explanation).toContain('重大过失');
  });

  it('without the postage the postal cap is named but not computed', () => {
    expect(estimateCompensation(facts({ carrier: 'EMS', claimedFen: 80_000 }))).toMatchObject({ amountFen: null, capFen: null });
  });

  it('an uninsured courier parcel is paid its actual loss, with no statutory cap', () => {
    expect(estimateCompensation(facts({ type: 'DAMAGED', claimedFen: 80_000, postageFen: 1_000 }))).toMatchObject({
      basis: 'COURIER_UNINSURED',
      amountFen: 80_000,
      capFen: null,
    });
  });

  it('a delay waives the postage', () => {
    expect(estimateCompensation(facts({ type: 'DELAY', postageFen: 1_200 }))).toMatchObject({
      basis: 'DELAY_FEE_WAIVER',
      amountFen: 1_200,
    });
  });

  it('service complaints carry no loss compensation, and say so', () => {
    const e = estimateCompensation(facts({ type: 'ATTITUDE', claimedFen: 10_000 }));
    expect(e).toMatchObject({ basis: 'NOT_APPLICABLE', amountFen: null });
  });

  it('every estimate names its rule and a source', () => {
    for (const type of ['LOST', 'DELAY', 'PRIVACY_LEAK'] as const) {
      const e = estimateCompensation(facts({ type }));
      expect(e.rule).toMatch(/^《.+》/);
      expect(e.sourceUrl).toMatch(/^https?:\/\//);
    }
  });
});
