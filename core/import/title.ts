// Proposes an article's title from its text: the first sentence (or line) of the story proper,
// cut at a word boundary when long. The user can edit it later.

const MAX_TITLE = 140;

export function titleFrom(text: string, bodyStart = 0, fallback = 'Untitled article'): string {
  const body = text.slice(bodyStart).trimStart();
  const firstLine = body.split('\n', 1)[0]?.trim() ?? '';
  // A sentence ends at . ! or ? followed by a space and a capital or quote, not inside "U.S." or "3.5".
  const sentenceEnd = /[.!?](?=\s+["“‘'(\[]?[A-Z0-9])/.exec(firstLine);
  const sentence = sentenceEnd ? firstLine.slice(0, sentenceEnd.index + 1) : firstLine;
  if (sentence === '') return fallback;
  if (sentence.length <= MAX_TITLE) return sentence;
  const cut = sentence.lastIndexOf(' ', MAX_TITLE - 1);
  // "…capacity,…" reads badly: the cut drops separating punctuation before the ellipsis.
  return `${sentence.slice(0, cut > 40 ? cut : MAX_TITLE - 1).replace(/[\s,;:–—-]+$/u, '')}…`;
}
