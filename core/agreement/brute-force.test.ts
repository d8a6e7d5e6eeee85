// Every agreement measure against a slow implementation written straight from its definition,
// on random data (fast-check): αu from Krippendorff's section-by-section sums, nominal alpha from
// every pair of values, kappa's chance agreement from every pair of items, span matching by
// trying every pair. The fast ones sort and count; these loop over everything.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Fragment } from '../model.js';
import { cohenKappa } from './cohen-kappa.js';
import { nominalAlpha } from './nominal-alpha.js';
import { spanCounts, type SpanCounts } from './span-match.js';
import { unitizedAlpha, type Continuum } from './unitized-alpha.js';
import type { Unit } from './units.js';

interface Section {
  b: number;
  l: number;
  unit: boolean;
}

/** A coder's units merged where they overlap, by merging any two that overlap until none do. */
function mergedNaively(units: readonly Unit[]): Fragment[] {
  let pieces = units.flatMap((u) => u.pieces.map((p) => ({ ...p })));
  for (let again = true; again;) {
    again = false;
    outer: for (let x = 0; x < pieces.length; x++) {
      for (let y = x + 1; y < pieces.length; y++) {
        const [p, q] = [pieces[x]!, pieces[y]!];
        if (p.start < q.end && q.start < p.end) {
          pieces = [...pieces.filter((_, i) => i !== x && i !== y), { start: Math.min(p.start, q.start), end: Math.max(p.end, q.end) }];
          again = true;
          break outer;
        }
      }
    }
  }
  return pieces.sort((a, b) => a.start - b.start);
}

function sectionsOf(units: readonly Unit[], length: number, offset: number): Section[] {
  const out: Section[] = [];
  let at = 0;
  for (const p of mergedNaively(units)) {
    if (p.start > at) out.push({ b: offset + at, l: p.start - at, unit: false });
    out.push({ b: offset + p.start, l: p.end - p.start, unit: true });
    at = p.end;
  }
  if (length > at) out.push({ b: offset + at, l: length - at, unit: false });
  return out;
}

function delta(g: Section, h: Section): number {
  const d = g.b - h.b;
  if (g.unit && h.unit && -g.l < d && d < h.l) return d ** 2 + (g.b + g.l - h.b - h.l) ** 2;
  if (g.unit && !h.unit && h.l - g.l >= d && d >= 0) return g.l ** 2;
  if (!g.unit && h.unit && g.l - h.l >= -d && -d >= 0) return h.l ** 2;
  return 0;
}

function slowUnitizedAlpha(continua: readonly Continuum[]): number | null {
  const m = continua[0]!.coders.length;
  const coders: Section[][] = Array.from({ length: m }, () => []);
  let L = 0;
  for (const c of continua) {
    c.coders.forEach((units, i) => coders[i]!.push(...sectionsOf(units, c.length, L)));
    L += c.length;
  }
  let sum = 0;
  for (let i = 0; i < m; i++)
    for (let j = 0; j < m; j++) if (i !== j) for (const g of coders[i]!) for (const h of coders[j]!) sum += delta(g, h);
  const observed = sum / (m * (m - 1) * L * L);
  const all = coders.flat();
  const units = all.filter((s) => s.unit);
  if (units.length === 0) return null;
  let numerator = 0;
  for (const g of units) {
    let fits = 0;
    for (const h of all) if (!h.unit && h.l >= g.l) fits += h.l - g.l + 1;
    numerator += ((units.length - 1) / 3) * (2 * g.l ** 3 - 3 * g.l ** 2 + g.l) + g.l ** 2 * fits;
  }
  const expected = ((2 / L) * numerator) / (m * L * (m * L - 1) - units.reduce((s, g) => s + g.l * (g.l - 1), 0));
  return expected === 0 ? null : 1 - observed / expected;
}

function slowNominalAlpha(items: readonly (readonly (string | null)[])[]): number | null {
  const pairable = items.map((item) => item.filter((v): v is string => v !== null)).filter((values) => values.length >= 2);
  const values = pairable.flat();
  const n = values.length;
  let observed = 0;
  for (const item of pairable)
    for (let i = 0; i < item.length; i++)
      for (let j = 0; j < item.length; j++) if (i !== j && item[i] !== item[j]) observed += 1 / (item.length - 1);
  let expected = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j && values[i] !== values[j]) expected += 1;
  if (expected === 0) return null;
  return 1 - observed / n / (expected / (n * (n - 1)));
}

function slowKappa(a: readonly string[], b: readonly string[]): number | null {
  const n = a.length;
  let same = 0;
  let chance = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) same += 1;
    for (let j = 0; j < n; j++) if (a[i] === b[j]) chance += 1;
  }
  const pe = chance / (n * n);
  return pe === 1 ? null : (same / n - pe) / (1 - pe);
}

function slowSpanCounts(a: readonly Unit[], b: readonly Unit[]): SpanCounts {
  const same = (x: Unit, y: Unit) =>
    x.pieces.length === y.pieces.length && x.pieces.every((p, i) => p.start === y.pieces[i]!.start && p.end === y.pieces[i]!.end);
  const overlap = (x: Unit, y: Unit) => x.pieces.some((p) => y.pieces.some((q) => p.start < q.end && q.start < p.end));
  const used = new Set<number>();
  let exact = 0;
  for (const x of a) {
    const k = b.findIndex((y, i) => !used.has(i) && same(x, y));
    if (k >= 0) {
      used.add(k);
      exact += 1;
    }
  }
  return {
    a: a.length,
    b: b.length,
    exact,
    aOverlapped: a.filter((x) => b.some((y) => overlap(x, y))).length,
    bOverlapped: b.filter((y) => a.some((x) => overlap(x, y))).length,
  };
}

const span = (length: number) =>
  fc.tuple(fc.nat(length - 1), fc.integer({ min: 1, max: length })).map(([s, l]) => ({ start: s, end: Math.min(length, s + l) }));
/** Units on a short text, with few positions so that exact matches and overlaps happen often. */
const unitsOn = (length: number) =>
  fc.array(
    fc
      .array(span(length), { minLength: 1, maxLength: 2 })
      .map((pieces): Unit => ({ pieces: pieces.sort((x, y) => x.start - y.start || x.end - y.end) })),
    { maxLength: 6 },
  );
const continuum = (m: number) =>
  fc
    .integer({ min: 1, max: 40 })
    .chain((length) => fc.array(unitsOn(length), { minLength: m, maxLength: m }).map((coders) => ({ length, coders })));
const continua = fc.integer({ min: 2, max: 4 }).chain((m) => fc.array(continuum(m), { minLength: 1, maxLength: 3 }));

function same(x: number | null, y: number | null): void {
  if (x === null || y === null) expect(x).toBe(y);
  else expect(x).toBeCloseTo(y, 9);
}

describe('the agreement measures against their definitions, on random data', () => {
  it('αu', () => {
    fc.assert(
      fc.property(continua, (c) => same(unitizedAlpha(c).alpha, slowUnitizedAlpha(c))),
      { numRuns: 400 },
    );
  });

  it('nominal alpha, with values missing', () => {
    const items = fc
      .integer({ min: 2, max: 5 })
      .chain((m) =>
        fc.array(fc.array(fc.option(fc.constantFrom('a', 'b', 'c'), { freq: 4 }), { minLength: m, maxLength: m }), { maxLength: 30 }),
      );
    fc.assert(
      fc.property(items, (i) => same(nominalAlpha(i), slowNominalAlpha(i))),
      { numRuns: 400 },
    );
  });

  it("Cohen's kappa", () => {
    const labels = fc.array(fc.tuple(fc.constantFrom('x', 'y', 'z'), fc.constantFrom('x', 'y', 'z')), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(labels, (pairs) =>
        same(
          cohenKappa(
            pairs.map((p) => p[0]),
            pairs.map((p) => p[1]),
          ),
          slowKappa(
            pairs.map((p) => p[0]),
            pairs.map((p) => p[1]),
          ),
        ),
      ),
      { numRuns: 400 },
    );
  });

  it('span matching, exact and overlapping', () => {
    const two = fc.integer({ min: 1, max: 30 }).chain((length) => fc.tuple(unitsOn(length), unitsOn(length)));
    fc.assert(
      fc.property(two, ([a, b]) => {
        expect(spanCounts(a, b)).toEqual(slowSpanCounts(a, b));
      }),
      { numRuns: 400 },
    );
  });
});
