// Web addresses from articles and evidence are only written into exports, never fetched; before
// one becomes a link or an IRI it must be a well-formed http(s) URL, in canonical form.

export function canonicalUrl(url: string | undefined): string | null {
  if (!url || !URL.canParse(url)) return null;
  const parsed = new URL(url);
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}
