// The agreement formulas on cases worked by hand (the arithmetic is in the comments), two of them
// the examples their authors published: Krippendorff (2004)'s unitizing example and Krippendorff
// (2011)'s four-coder nominal example.

import { describe, expect, it } from 'vitest';
import { cohenKappa } from './cohen-kappa.js';
import { nominalAlpha } from './nominal-alpha.js';
import { agr, exactF1, overlapF1, spanCounts } from './span-match.js';
import { unitizedAlpha } from './unitized-alpha.js';
import type { Unit } from './units.js';

const u = (start: number, end: number): Unit => ({ pieces: [{ start, end }] });
const repeat = (label: string, n: number): string[] => Array<string>(n).fill(label);

describe("Cohen's kappa", () => {
  it('is 0.4 on the 50 items two readers sorted into yes and no', () => {
    // A yes & B yes 20, A yes & B no 5, A no & B yes 10, A no & B no 15.
    // pₒ = (20 + 15)/50 = 0.7; p_A(yes) = 25/50 = 0.5, p_B(yes) = 30/50 = 0.6
    // pₑ = 0.5·0.6 + 0.5·0.4 = 0.5;  κ = (0.7 − 0.5)/(1 − 0.5) = 0.4
    const a = [...repeat('yes', 25), ...repeat('no', 25)];
    const b = [...repeat('yes', 20), ...repeat('no', 5), ...repeat('yes', 10), ...repeat('no', 15)];
    expect(cohenKappa(a, b)).toBeCloseTo(0.4, 12);
  });

  it('is 1 for the same labels, below 0 for systematic disagreement, undefined with one label only', () => {
    expect(cohenKappa(['x', 'y', 'x'], ['x', 'y', 'x'])).toBe(1);
    // pₒ = 0, p_A = p_B = (½, ½): pₑ = ½;  κ = (0 − ½)/(1 − ½) = −1
    expect(cohenKappa(['x', 'y'], ['y', 'x'])).toBe(-1);
    expect(cohenKappa(['-', '-'], ['-', '-'])).toBeNull();
  });
});

describe("Krippendorff's alpha, nominal", () => {
  it("is 0.743 on Krippendorff's (2011) example of 4 coders and 12 units with missing values", () => {
    // Unit 12 has one value (not pairable); the 11 others hold n = 40 values.
    // Σ_u (m_u² − Σ_c k²)/(m_u − 1): units 1, 3, 4, 5, 7, 9 agree (0); unit 2 {2,2,3,2}: (16 − 10)/3 = 2;
    // unit 6 {1,2,3,4}: (16 − 4)/3 = 4; unit 8 {1,1,2,1}: 2; unit 10 {5,5,5}: 0; unit 11 {1,1}: 0
    // → Σ_{c≠k} o_ck = 8, so Dₒ = 8/40 = 0.2.
    // Values: n₁ = 9, n₂ = 13, n₃ = 10, n₄ = 5, n₅ = 3; Σ n_c² = 81 + 169 + 100 + 25 + 9 = 384
    // Σ_{c≠k} n_c n_k = 40² − 384 = 1216;  Dₑ = 1216/(40·39) = 0.77949
    // α = 1 − 39·8/1216 = 1 − 312/1216 = 0.743421
    const rows = ['1 2 3 3 2 1 4 1 2 . . .', '1 2 3 3 2 2 4 1 2 5 . 3', '. 3 3 3 2 3 4 2 2 5 1 .', '1 2 3 3 2 4 4 1 2 5 1 .'].map((r) =>
      r.split(' '),
    );
    const items = rows[0]!.map((_, i) => rows.map((r) => (r[i] === '.' ? null : r[i]!)));
    expect(nominalAlpha(items)).toBeCloseTo(1 - 312 / 1216, 12);
    expect(nominalAlpha(items)).toBeCloseTo(0.743, 3);
  });

  it('is 1 when coders agree, undefined when every value is the same', () => {
    expect(
      nominalAlpha([
        ['a', 'a'],
        ['b', 'b'],
      ]),
    ).toBe(1);
    expect(
      nominalAlpha([
        ['a', 'a'],
        ['a', 'a'],
      ]),
    ).toBeNull();
  });
});

describe("Krippendorff's αu (unitized)", () => {
  // Krippendorff (2004), the continuum 150–450 (L = 300), shifted here to start at 0.
  // Category c: coder i marks [75,145) and [220,250); coder j [70,150), [205,225) and [250,270).
  const c = [
    {
      length: 300,
      coders: [
        [u(75, 145), u(220, 250)],
        [u(70, 150), u(205, 225), u(250, 270)],
      ],
    },
  ];
  // Category k: both coders mark [30,90) and [150,200).
  const k = [
    {
      length: 300,
      coders: [
        [u(30, 90), u(150, 200)],
        [u(30, 90), u(150, 200)],
      ],
    },
  ];

  it('gives Dₒ = 0.0144, Dₑ = 0.0532 and αu = 0.7286 for category c', () => {
    // Overlapping units: [75,145)/[70,150): 5² + 5² = 50; [220,250)/[205,225): 15² + 25² = 850.
    // j's [250,270) lies in i's gap [250,300): 20² = 400. [220,250) and [250,270) only touch: 0.
    // Both orders (i,j) and (j,i): 2·(50 + 850 + 400) = 2600;  Dₒ = 2600/(2·1·300²) = 0.014444
    // N = 5 units; gaps 75, 75, 50 (i) and 70, 55, 25, 30 (j). Per unit of length l:
    //   (N−1)/3·(2l³ − 3l² + l) + l²·Σ_{gaps ≥ l}(l_gap − l + 1)
    //   l = 70: 895,160 + 4,900·(6 + 6 + 1) = 958,860
    //   l = 30: 68,440 + 900·(46 + 46 + 21 + 41 + 26 + 1) = 231,340
    //   l = 80: 1,339,840 + 0 (no gap that long)
    //   l = 20 (twice): 19,760 + 400·(56 + 56 + 31 + 51 + 36 + 6 + 11) = 118,560 each
    //   Σ = 2,767,160; × 2/L = 18,447.73
    // Denominator: mL(mL − 1) − Σ l(l − 1) = 600·599 − (4,830 + 870 + 6,320 + 380 + 380) = 346,620
    // Dₑ = 18,447.73/346,620 = 0.053222;  αu = 1 − 0.014444/0.053222 = 0.728599
    const r = unitizedAlpha(c);
    expect(r.observed).toBeCloseTo(2600 / 180_000, 12);
    expect(r.expected).toBeCloseTo((2_767_160 * (2 / 300)) / 346_620, 12);
    expect(r.alpha).toBeCloseTo(0.7286, 4);
  });

  it('is 1 for category k, where the coders agree (Dₑ = 0.0490)', () => {
    const r = unitizedAlpha(k);
    expect(r.observed).toBe(0);
    expect(r.expected).toBeCloseTo(0.049, 4);
    expect(r.alpha).toBe(1);
  });

  it('is the same whichever coder comes first, undefined when nobody marked anything', () => {
    const swapped = [{ length: 300, coders: [c[0]!.coders[1]!, c[0]!.coders[0]!] }];
    expect(unitizedAlpha(swapped).alpha).toBeCloseTo(unitizedAlpha(c).alpha!, 12);
    expect(unitizedAlpha([{ length: 10, coders: [[], []] }]).alpha).toBeNull();
  });

  it('ends every gap at the end of its article', () => {
    // Two articles of 10: in the first A marks [0,5) and B [5,10); nobody marks the second.
    // Dₒ: each unit lies in the other coder's gap: 2·(25 + 25)/(2·1·20²) = 0.125
    // Gaps 5 and 10 for each coder (not A's 15 running on into the second article).
    // Per unit (l = 5, N = 2): 1/3·(250 − 75 + 5) + 25·((5−4) + (10−4) + (5−4) + (10−4)) = 60 + 350 = 410
    // Dₑ = (2/20)·820 / (40·39 − 2·20) = 82/1520 (with a gap running on it would be 102/1520)
    const r = unitizedAlpha([
      { length: 10, coders: [[u(0, 5)], [u(5, 10)]] },
      { length: 10, coders: [[], []] },
    ]);
    expect(r.observed).toBeCloseTo(0.125, 12);
    expect(r.expected).toBeCloseTo(82 / 1520, 12);
  });
});

describe('span F1 and agr', () => {
  // A: [0,5) [10,20) [30,40);  B: [0,5) [12,18) [50,60) [55,58)
  const counts = spanCounts([u(0, 5), u(10, 20), u(30, 40)], [u(0, 5), u(12, 18), u(50, 60), u(55, 58)]);

  it('pairs exact spans one to one: F1 = 2·1/(3 + 4)', () => {
    expect(counts.exact).toBe(1);
    expect(exactF1(counts)).toBeCloseTo(2 / 7, 12);
  });

  it('counts overlaps each way: agr(A‖B) = 2/3, agr(B‖A) = 2/4, F1 = 2·(2/3)(1/2)/(2/3 + 1/2) = 4/7', () => {
    expect([counts.aOverlapped, counts.bOverlapped]).toEqual([2, 2]);
    expect(agr(counts.aOverlapped, counts.a)).toBeCloseTo(2 / 3, 12);
    expect(overlapF1(counts)).toBeCloseTo(4 / 7, 12);
  });

  it('matches a discontinuous span only piece for piece, and is undefined when nobody marked anything', () => {
    const split: Unit = {
      pieces: [
        { start: 0, end: 3 },
        { start: 6, end: 9 },
      ],
    };
    expect(spanCounts([split], [u(0, 9)]).exact).toBe(0);
    expect(
      spanCounts(
        [split],
        [
          {
            pieces: [
              { start: 0, end: 3 },
              { start: 6, end: 9 },
            ],
          },
        ],
      ).exact,
    ).toBe(1);
    expect(spanCounts([split], [u(4, 5)]).aOverlapped).toBe(0);
    expect(exactF1(spanCounts([], []))).toBeNull();
  });
});
