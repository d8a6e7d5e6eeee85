// Loads the hand-labelled eval articles (eval/articles/NN-slug.txt + NN-slug.labels.json) and
// resolves each label — exact text plus occurrence number — to offsets in its article. A label
// whose text is not in the article, or a malformed label file, is an error, never skipped.
// An occurrence counts only whole matches: "20" is not found inside "2024" or "0.20".

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface FigureLabel {
  text: string;
  occurrence: number;
  value: number;
  unit: string | null;
  valueMax?: number;
  date?: string;
}
export interface QuoteLabel {
  text: string;
  occurrence: number;
  speaker: string;
}
export interface ClaimLabel {
  text: string;
  occurrence: number;
}

export interface Resolved<L> {
  label: L;
  start: number;
  end: number;
}

export interface EvalArticle {
  slug: string;
  text: string;
  source: string;
  articleDate: string;
  figures: Resolved<FigureLabel>[];
  quotes: Resolved<QuoteLabel>[];
  claims: Resolved<ClaimLabel>[];
}

export const ARTICLES_DIR = join(import.meta.dirname, 'articles');

export class LabelError extends Error {}

const alnum = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const digit = (ch: string | undefined) => ch !== undefined && /\p{N}/u.test(ch);

/** True when text[at, at+length) is not glued to a longer word or number around it. */
function isWholeMatch(text: string, at: number, length: number, needle: string): boolean {
  const end = at + length;
  const gluedBefore = alnum(needle[0]) && (alnum(text[at - 1]) || (/[.,]/u.test(text[at - 1] ?? '') && digit(text[at - 2])));
  const gluedAfter = alnum(needle[needle.length - 1]) && (alnum(text[end]) || (/[.,]/u.test(text[end] ?? '') && digit(text[end + 1])));
  return !gluedBefore && !gluedAfter;
}

/** Offset of the `occurrence`-th whole match of `needle` in `text`, or -1. */
export function findOccurrence(text: string, needle: string, occurrence: number): number {
  let seen = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (isWholeMatch(text, at, needle.length, needle) && ++seen === occurrence) return at;
  }
  return -1;
}

function check(file: string, ok: boolean, what: string): void {
  if (!ok) throw new LabelError(`${file}: ${what}`);
}

function resolveAll<L extends { text: string; occurrence: number }>(file: string, text: string, kind: string, raw: unknown): Resolved<L>[] {
  if (!Array.isArray(raw)) throw new LabelError(`${file}: "${kind}" must be an array`);
  return raw.map((item: unknown, i) => {
    const label = item as L;
    const where = `${kind}[${i}]`;
    check(file, typeof label?.text === 'string' && label.text.length > 0, `${where}.text must be a non-empty string`);
    check(file, Number.isInteger(label.occurrence) && label.occurrence >= 1, `${where}.occurrence must be a whole number >= 1`);
    const start = findOccurrence(text, label.text, label.occurrence);
    if (start < 0) throw new LabelError(`${file}: ${where} ${JSON.stringify(label.text)} (occurrence ${label.occurrence}) is not in the article`);
    return { label, start, end: start + label.text.length };
  });
}

function checkFigure(file: string, f: Resolved<FigureLabel>, i: number): void {
  const { value, unit } = f.label;
  check(file, typeof value === 'number' && Number.isFinite(value), `figures[${i}].value must be a number`);
  check(file, unit === null || typeof unit === 'string', `figures[${i}].unit must be a string or null`);
}

function checkQuote(file: string, q: Resolved<QuoteLabel>, i: number): void {
  check(file, typeof q.label.speaker === 'string' && q.label.speaker.length > 0, `quotes[${i}].speaker must be a non-empty string`);
}

/** One article and its labels; throws LabelError on anything wrong with them. */
export function loadArticle(slug: string, dir = ARTICLES_DIR): EvalArticle {
  const file = join(dir, `${slug}.labels.json`);
  const text = readFileSync(join(dir, `${slug}.txt`), 'utf8');
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new LabelError(`${file}: ${(error as Error).message}`);
  }
  const { source, articleDate } = json;
  check(file, typeof source === 'string' && source.length > 0, '"source" must be a non-empty string');
  check(file, typeof articleDate === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(articleDate), '"articleDate" must be YYYY-MM-DD');
  const figures = resolveAll<FigureLabel>(file, text, 'figures', json.figures);
  const quotes = resolveAll<QuoteLabel>(file, text, 'quotes', json.quotes);
  const claims = resolveAll<ClaimLabel>(file, text, 'claims', json.claims);
  figures.forEach((f, i) => checkFigure(file, f, i));
  quotes.forEach((q, i) => checkQuote(file, q, i));
  return { slug, text, source: String(source), articleDate: String(articleDate), figures, quotes, claims };
}

/** The slugs of every labelled article, in file order. */
export function articleSlugs(dir = ARTICLES_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.labels.json'))
    .map((name) => name.slice(0, -'.labels.json'.length))
    .sort();
}
