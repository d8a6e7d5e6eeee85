// Who publishes a fact-check and where: Google's Fact Check markup needs the review's author (the
// fact-checking organisation, with its URL) and the url of the page the review is on, and
// Newsmark cannot know them. The user keeps them in the library's settings (the app's Settings
// dialog) and the CLI's flags override them field by field. The review page may be one address,
// or a pattern with {claim} (the claim's id) and {article} (the article's id) for a page per claim.

import { canonicalUrl } from './urls.js';

export interface ReviewPublisher {
  /** The fact-checking organisation's name. */
  organisation?: string;
  organisationUrl?: string;
  /** The page where the fact-check is published, or a pattern of one with {claim} and {article}. */
  reviewUrl?: string;
}

/** The review page of one claim: the pattern filled in, when it makes an http(s) address. */
export function reviewUrlFor(pattern: string | undefined, claimId: string, articleId: string): string | null {
  if (!pattern) return null;
  return canonicalUrl(pattern.replaceAll('{claim}', encodeURIComponent(claimId)).replaceAll('{article}', encodeURIComponent(articleId)));
}

/** The settings' publisher with what the caller gave laid over it, field by field. */
export function publisherWith(settings: ReviewPublisher | undefined, given: ReviewPublisher | undefined): ReviewPublisher {
  const set = (p: ReviewPublisher | undefined) => Object.fromEntries(Object.entries(p ?? {}).filter(([, v]) => v !== undefined && v !== ''));
  return { ...set(settings), ...set(given) };
}

/** What a publisher still lacks for Google to accept the export, as the user would name it. */
export function publisherGaps(p: ReviewPublisher): string[] {
  return [
    ...(p.organisation?.trim() ? [] : ["the fact-checking organisation's name"]),
    ...(canonicalUrl(p.organisationUrl) ? [] : ["the organisation's web address"]),
    ...(reviewUrlFor(p.reviewUrl, 'claim', 'article') ? [] : ['the review page address']),
  ];
}
