// Loads the PolNeAR corpus (Newell, Margolin and Ruths 2018; ../shared/corpora/polnear, see its
// SOURCE.md) as articles with their attributions: Content, Cue and Source spans joined by one
// brat event each. The texts stay where they are: read from the shared folder at eval time,
// never copied into the repository.
//
// Annotator rule: an article annotated by several annotators is scored against ONE of them, the
// first listed for it in metadata.tsv (its files are named <article>_<annotator>.ann; the list is
// alphabetical), so each attribution counts once and the figures stay comparable to the corpus
// paper's single-annotator gold.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnn, type Fragment, type TextBound } from './brat.js';

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

/** Double quotation marks, straight and curly: what makes a Content a direct or mixed quote. */
export const QUOTE_MARK = /["“”]/u;

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

function attributionsOf(text: string, ann: string, file: string): Attribution[] {
  const doc = parseAnn(ann, file);
  const get = (id: string | undefined): TextBound | undefined => (id ? doc.textBounds.get(id) : undefined);
  const out: Attribution[] = [];
  for (const event of doc.events) {
    if (!event.type.startsWith('Attribution')) continue;
    const content = get(event.args.get('Content'));
    if (!content) continue;
    const source = get(event.args.get('Source'));
    const cue = get(event.args.get('Cue'));
    out.push({
      content: content.fragments,
      ...(source ? { source: source.fragments } : {}),
      ...(cue ? { cue: cue.fragments } : {}),
      quoted: QUOTE_MARK.test(spanText(text, content.fragments)),
    });
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
      const attributions = existsSync(annFile) ? attributionsOf(text, readFileSync(annFile, 'utf8'), annFile) : [];
      return { name, annotator, text, attributions };
    });
}

export { spanText };
