// Looks up fixed phrases ("more than", "per cent", "US$", "-odd") in the token stream, longest
// first. A phrase is written as it appears in text: where it has a space the text needs white
// space, where it has none the tokens must touch. Case is ignored.

import { tokenize, type Token } from './tokens.js';

export interface PhraseMatch<V> {
  value: V;
  /** The phrase as written in the text, lower-cased, runs of white space as one space. */
  phrase: string;
  /** Index of the first token after the phrase. */
  next: number;
}

export class PhraseTable<V> {
  private readonly byKey = new Map<string, V>();
  /** Every beginning of a phrase ("more", "as many"): the search stops where none matches. */
  private readonly beginnings = new Set<string>();

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [phrase, value] of entries) {
      const tokens = tokenize(phrase);
      if (tokens.length === 0) throw new Error('PhraseTable: empty phrase');
      for (let n = 1; n < tokens.length; n++) this.beginnings.add(keyOf(tokens, 0, n));
      this.byKey.set(keyOf(tokens, 0, tokens.length), value);
    }
  }

  /** The longest phrase that starts at token i, if any. */
  match(tokens: readonly Token[], i: number): PhraseMatch<V> | null {
    let best: PhraseMatch<V> | null = null;
    let key = '';
    for (let k = i; k < tokens.length; k++) {
      key += keyPart(tokens, k, i);
      const value = this.byKey.get(key);
      if (value !== undefined) best = { value, phrase: key, next: k + 1 };
      if (!this.beginnings.has(key)) break;
    }
    return best;
  }
}

/** Token k of a phrase that starts at token `from`, with a space before it if the text has one. */
function keyPart(tokens: readonly Token[], k: number, from: number): string {
  const t = tokens[k] as Token;
  return (k > from && t.start > (tokens[k - 1] as Token).end ? ' ' : '') + t.lower;
}

function keyOf(tokens: readonly Token[], from: number, to: number): string {
  let key = '';
  for (let k = from; k < to; k++) key += keyPart(tokens, k, from);
  return key;
}
