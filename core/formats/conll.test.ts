// The CoNLL export read back as an NLP user's script would: blocks after -DOCSTART-, one token
// and its tag columns per line, B-/I- runs per column. The tokens, found one after another in
// the article's text, must be its every non-space piece; each annotation must come back as a run
// over exactly the tokens its span touches — overlaps of one kind in columns of their own, a
// span across sentences as one run, a discontinuous span as one run per piece. The library is
// made through the real service on a real folder; the golden file is in golden.test.ts.

import { describe, expect, it } from 'vitest';
import type { Annotation, ArticleDocument } from '../model.js';
import { LibraryService } from '../service.js';
import { withTempDir } from '../testing/temp-library.js';
import { EXPORT_FORMATS } from './index.js';
import { FIXTURE_DOCS } from './test-fixture.js';

const TEXT = [
  'The minister said the 🎉 budget of £6.1bn would pass. She said it twice: the budget would pass.',
  '東京で会議が開かれた。"We will not wait," 👨‍👩‍👧 families told Mr. Obi in Kyiv 🇺🇦 on Monday.',
].join('\n\n');

interface Token {
  text: string;
  start: number;
  end: number;
  tags: string[];
}

interface Block {
  docstart: string[];
  tokens: Token[];
  /** The last token of each sentence (a blank line follows it, or the block ends). */
  sentenceEnds: number[];
}

/** The file's blocks, each token placed on the text by searching for it after the previous one. */
function readConll(content: string, texts: string[]): Block[] {
  expect(content.endsWith('\n')).toBe(true);
  const blocks = content.slice(0, -1).split(/\n\n(?=-DOCSTART-)/);
  return blocks.map((block, b) => {
    const [head, ...rest] = block.split('\n');
    const docstart = head!.split(' ');
    expect(docstart[0]).toBe('-DOCSTART-');
    const text = texts[b]!;
    const tokens: Token[] = [];
    const sentenceEnds: number[] = [];
    let at = 0;
    for (const line of rest.slice(1)) {
      if (line === '') {
        sentenceEnds.push(tokens.length - 1);
        continue;
      }
      const [word, ...tags] = line.split(' ');
      const start = text.indexOf(word!, at);
      expect(text.slice(at, start), `only white space between tokens, before "${word}"`).toMatch(/^\s*$/u);
      at = start + word!.length;
      tokens.push({ text: word!, start, end: at, tags });
    }
    expect(text.slice(at)).toMatch(/^\s*$/u);
    sentenceEnds.push(tokens.length - 1);
    return { docstart, tokens, sentenceEnds };
  });
}

/** Every B-…I- run of every column, as [KIND, first token, last token]. */
function runs(block: Block): [string, number, number][] {
  const found: [string, number, number][] = [];
  const columns = block.docstart.length - 1;
  for (let c = 0; c < columns; c++) {
    let open: [string, number, number] | null = null;
    for (const [i, token] of block.tokens.entries()) {
      const tag = token.tags[c]!;
      if (tag.startsWith('I-') && open && open[0] === tag.slice(2)) open[2] = i;
      else {
        if (open) found.push(open);
        expect(tag === 'O' || tag.startsWith('B-'), `token ${i} column ${c}: ${tag} continues nothing`).toBe(true);
        open = tag === 'O' ? null : [tag.slice(2), i, i];
      }
    }
    if (open) found.push(open);
  }
  return found.sort();
}

/** What each annotation should come back as: a run over the tokens each of its pieces touches. */
function expectedRuns(annotations: readonly Annotation[], tokens: readonly Token[]): [string, number, number][] {
  return annotations
    .flatMap((a) =>
      (a.fragments ?? [a]).map(({ start, end }): [string, number, number] => {
        const touched = tokens.flatMap((t, i) => (t.start < end && t.end > start ? [i] : []));
        return [a.kind.toUpperCase(), touched[0]!, touched[touched.length - 1]!];
      }),
    )
    .sort();
}

function at(text: string, words: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(words, start + 1);
  return { start, end: start + words.length };
}

describe('CoNLL export, read back column by column', () => {
  it('gives every span its token run: overlaps of one kind in columns of their own, across sentences, inside a word', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir);
      const { article } = await service.importText({ text: TEXT, title: 'Budget' });
      const mark = (kind: 'claim' | 'quote' | 'figure', span: { start: number; end: number }) => service.createAnnotation({ articleId: article.id, kind, ...span });
      await mark('claim', at(TEXT, 'the 🎉 budget of £6.1bn would pass'));
      await mark('claim', at(TEXT, 'budget of £6.1bn')); // nested in the first claim
      await mark('claim', at(TEXT, '£6.1bn would pass. She said it twice')); // overlaps both, across a sentence
      await mark('figure', at(TEXT, '£6.1bn'));
      await mark('claim', at(TEXT, 'the budget would pass', 0));
      await mark('quote', at(TEXT, '"We will not wait," 👨‍👩‍👧 families'));
      await mark('claim', at(TEXT, '会議'));
      await mark('figure', at(TEXT, 'inist')); // exact characters inside "minister"
      await mark('quote', at(TEXT, 'Kyiv 🇺🇦 on Monday'));
      const content = (await service.exportAs({ format: 'conll', articleIds: [article.id] })).content;
      const [block] = readConll(content, [TEXT]);
      const doc = await service.getArticle({ id: article.id });
      expect(runs(block!)).toEqual(expectedRuns(doc.annotations, block!.tokens));
      // Three claims share "budget": three claim columns, after claim, quote and figure.
      expect(block!.docstart).toEqual(['-DOCSTART-', 'O', 'O', 'O', 'O', 'O']);
      expect(new Set(content.split('\n').filter(Boolean).map((l) => l.split(' ').length))).toEqual(new Set([6]));
      // The tokens are the units a selection snaps to: the emoji, the flag and the family whole.
      expect(block!.tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['🎉', '🇺🇦', '👨‍👩‍👧', '£', '6.1bn', 'minister']));
      // Sentences as the suggestion engine splits them: "Mr." ends none, a line break always does
      // (a CJK full stop does not, as there). Blank lines come after "pass .", "pass .", "Monday .".
      expect(block!.sentenceEnds.map((i) => block!.tokens.slice(i - 1, i + 1).map((t) => t.text).join(' '))).toEqual(['pass .', 'pass .', 'Monday .']);
      await service.close();
    });
  });

  it('writes each piece of a discontinuous span as a run, and each annotator layer as a document', () => {
    const [first, second] = FIXTURE_DOCS as [ArticleDocument, ArticleDocument];
    const text = second.article.text;
    const [a, b] = [at(text, 'The 𝔸-team'), at(text, 'checked')];
    const split: Annotation = { ...second.annotations[0]!, id: 'split', kind: 'quote', start: a.start, end: b.end, fragments: [a, b] };
    const layered: ArticleDocument = { ...second, annotations: [...second.annotations, split], layers: [{ name: 'Bea', role: 'annotator', annotations: [split], relations: [] }] };
    const content = EXPORT_FORMATS.conll.export([first, layered], { exportedAt: '2025-01-01T00:00:00.000Z' });
    const blocks = readConll(content, [first.article.text, text, text]);
    expect(blocks).toHaveLength(3);
    for (const [i, annotations] of [first.annotations, layered.annotations, [split]].entries()) {
      expect(runs(blocks[i]!)).toEqual(expectedRuns(annotations, blocks[i]!.tokens));
    }
    expect(runs(blocks[2]!)).toEqual([
      ['QUOTE', 0, 3],
      ['QUOTE', blocks[2]!.tokens.length - 2, blocks[2]!.tokens.length - 2],
    ]);
  });
});
