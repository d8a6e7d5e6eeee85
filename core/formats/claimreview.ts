// Checked claims as schema.org ClaimReview JSON-LD, the markup fact-checkers publish so search
// engines and fact-check databases can read their verdicts. A claim still "unverified" or
// "checking" has no verdict yet and is left out. Google's Fact Check markup needs the review's
// author (the fact-checking organisation) and url (the review page): they come from the user, as
// Newsmark cannot know them (review-publisher.ts). Every URL written is http(s); any other is left out.
// The objects are typed with schema-dts (schema.org's vocabulary as TypeScript types, a dev
// dependency whose types vanish in the build), so `npm run typecheck` refuses a property or a type
// that schema.org does not have where it is written.

import type { ClaimReview, CreativeWork, Organization, Person, WithContext } from 'schema-dts';
import { compareByPosition, type Annotation, type Article, type ArticleDocument, type ClaimFields, type ClaimStatus } from '../model.js';
import { jsonText } from './json-text.js';
import { STATUS_LABEL } from './labels.js';
import { reviewUrlFor, type ReviewPublisher } from './review-publisher.js';
import { canonicalUrl } from './urls.js';

export type { ReviewPublisher };

/** The rating scale: 1 (false) to 4 (true). "Unprovable" has a name but no place on it. */
const RATING_VALUE: Partial<Record<ClaimStatus, number>> = { false: 1, misleading: 2, 'mostly-true': 3, true: 4 };
const UNREVIEWED: readonly ClaimStatus[] = ['unverified', 'checking'];

const ORGANISATION = /\b(?:Ministry|Ministries|Agency|Council|Government|Bank|Party|Office|Department|Committee|Commission|Company|Corporation|Corp|Inc|Ltd|PLC|LLC|GmbH|University|Institute|Association|Union|Federation|Foundation|Police|Army|Court|Parliament|Senate|Congress|Kremlin|Authority|Board|Bureau|Service|Group|Organi[sz]ation|News|Times)\b\.?/i;
const ACRONYM = /^[A-Z][A-Z0-9&.-]{1,7}$/;

/**
 * Organization when the name says so (a ministry, a group, an acronym), else Person: Google's
 * Fact Check markup takes a claim's author as one of the two (schema.org's Thing is refused).
 */
export function partyType(name: string): 'Organization' | 'Person' {
  return ORGANISATION.test(name) || ACRONYM.test(name) ? 'Organization' : 'Person';
}

function reviewAuthor(publisher: ReviewPublisher): { author?: Organization } {
  const name = publisher.organisation?.trim();
  const url = canonicalUrl(publisher.organisationUrl);
  return name ? { author: { '@type': 'Organization', name, ...(url ? { url } : {}) } } : {};
}

function claimAuthor(name: string): Person | Organization {
  return partyType(name) === 'Person' ? { '@type': 'Person', name } : { '@type': 'Organization', name };
}

function claimReview(a: Annotation, claim: ClaimFields, article: Article, publisher: ReviewPublisher): WithContext<ClaimReview> {
  const { date, outlet } = article.meta;
  const url = canonicalUrl(article.meta.url);
  const reviewUrl = reviewUrlFor(publisher.reviewUrl, a.id, article.id);
  const rating = RATING_VALUE[claim.status];
  const citations = claim.evidence.flatMap((e): CreativeWork[] => {
    const href = canonicalUrl(e.url);
    return href ? [{ '@type': 'CreativeWork', url: href, ...(e.title ? { name: e.title } : {}) }] : [];
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    identifier: a.id,
    ...(reviewUrl ? { url: reviewUrl } : {}),
    ...reviewAuthor(publisher),
    claimReviewed: a.quote.exact,
    datePublished: a.updatedAt.slice(0, 10),
    itemReviewed: {
      '@type': 'Claim',
      ...(claim.claimant ? { author: claimAuthor(claim.claimant.name) } : {}),
      ...(date ? { datePublished: date } : {}),
      appearance: {
        '@type': 'NewsArticle',
        headline: article.title,
        ...(url ? { url } : {}),
        ...(date ? { datePublished: date } : {}),
        ...(outlet ? { publisher: { '@type': 'Organization', name: outlet } } : {}),
      },
    },
    reviewRating: {
      '@type': 'Rating',
      ...(rating === undefined ? {} : { ratingValue: rating, bestRating: 4, worstRating: 1 }),
      alternateName: STATUS_LABEL[claim.status],
    },
    ...(claim.verdict ? { reviewBody: claim.verdict } : {}),
    ...(citations.length ? { citation: citations } : {}),
  };
}

export function claimReviewExport(docs: readonly ArticleDocument[], options: { publisher?: ReviewPublisher } = {}): string {
  const reviews = docs.flatMap(({ article, annotations }) =>
    [...annotations].sort(compareByPosition).flatMap((a) => {
      const claim = a.fields.claim;
      return a.kind === 'claim' && claim && !UNREVIEWED.includes(claim.status) ? [claimReview(a, claim, article, options.publisher ?? {})] : [];
    }),
  );
  return jsonText(reviews);
}
