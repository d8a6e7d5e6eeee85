// Loads the PolNeAR corpus (Newell, Margolin and Ruths 2018; ../shared/corpora/polnear, see its
// SOURCE.md) as articles with their attributions: Content, Cue and Source spans joined by one
// brat event each, read with the app's own brat parser (core/formats/brat/). The texts stay where
// they are: read from the shared folder at eval time, never copied into the repository. A .ann
// line the parser cannot read is counted, not fatal: PolNeAR writes the rest of a span's text
// that held a line break on the lines after it.
//
// Annotator rule: an article annotated by several annotators is scored against ONE of them, the
// first listed for it in metadata.tsv (its files are named <article>_<annotator>.ann; the list is
// alphabetical), so each attribution counts once and the figures stay comparable to the corpus
// paper's single-annotator gold.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnn } from '../../core/formats/brat/parse-ann.js';
import type { BratEntity, BratFragment } from '../../core/formats/brat/standoff.js';
import { offsetConverter } from '../../core/formats/code-points.js';

/** A piece of a span, in UTF-16 units of the text (brat counts code points; converted on load). */
export type Fragment = BratFragment;

export const POLNEAR_DIR = process.env.POLNEAR_DIR ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'corpora', 'polnear');

export type Split = 'train' | 'dev';

export interface Attribution {
  content: Fragment[];
  source?: Fragment[];
  cue?: Fragment[];
  /** The Content holds double quotation marks: a direct or mixed quote. */
  quoted: boolean;
}

export interface PolnearArticle {
  name: string;
  annotator: string;
  text: string;
  attributions: Attribution[];
}

/**
 * Double quotation marks, straight and curly, and the two apostrophes ('') the New York Times'
 * plain-text copy writes them with: what makes a Content a direct or mixed quote.
 */
export const QUOTE_MARK = /["“”]|''/u;

export const corpusPresent = (dir = POLNEAR_DIR) => existsSync(join(dir, 'dev', 'text'));

const spanText = (text: string, fragments: readonly Fragment[]) => fragments.map((f) => text.slice(f.start, f.end)).join(' ');

function firstAnnotators(dir: string): Map<string, string> {
  const first = new Map<string, string>();
  const rows = readFileSync(join(dir, 'metadata.tsv'), 'utf8').split('\n').slice(1);
  for (const row of rows) {
    const cols = row.split('\t');
    if (cols[1] && cols[3]) first.set(cols[1], cols[3].split('|').sort()[0] ?? '');
  }
  return first;
}

/** .ann lines the parser reported and the loader skipped, over every split loaded. */
export const skippedLines = { count: 0 };

function attributionsOf(text: string, ann: string): Attribution[] {
  const { document, problems } = parseAnn(ann);
  skippedLines.count += problems.length;
  const points = offsetConverter(text);
  const entities = new Map(document.entities.map((e) => [e.id, e] as const));
  const spans = (e: BratEntity | undefined): Fragment[] | undefined =>
    e?.fragments.map((f) => ({ start: points.toUtf16(f.start) ?? text.length, end: points.toUtf16(f.end) ?? text.length }));
  const out: Attribution[] = [];
  for (const event of document.events) {
    if (!event.type.startsWith('Attribution')) continue;
    const arg = (role: string) => spans(entities.get(event.args.find((a) => a.role === role)?.id ?? ''));
    const content = arg('Content');
    if (!content) continue;
    const source = arg('Source');
    const cue = arg('Cue');
    out.push({ content, ...(source ? { source } : {}), ...(cue ? { cue } : {}), quoted: QUOTE_MARK.test(spanText(text, content)) });
  }
  return out;
}

/** Every article of a split with the first annotator's attributions. */
export function loadSplit(split: Split, dir = POLNEAR_DIR): PolnearArticle[] {
  const annotators = firstAnnotators(dir);
  const annFiles = readdirSync(join(dir, split, 'attributions'));
  return readdirSync(join(dir, split, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -4);
      const text = readFileSync(join(dir, split, 'text', file), 'utf8');
      const annotator =
        annotators.get(name) ??
        annFiles
          .filter((f) => f.startsWith(`${name}_`))
          .sort()[0]
          ?.slice(name.length + 1, -4) ??
        '';
      const annFile = join(dir, split, 'attributions', `${name}_${annotator}.ann`);
      const attributions = existsSync(annFile) ? attributionsOf(text, readFileSync(annFile, 'utf8')) : [];
      return { name, annotator, text, attributions };
    });
}

export { spanText };
