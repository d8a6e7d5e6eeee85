// Checked claims as schema.org ClaimReview JSON-LD, the markup fact-checkers publish so search
// engines and fact-check databases can read their verdicts. A claim still "unverified" or
// "checking" has no verdict yet and is left out.

import { compareByPosition, type Annotation, type Article, type ArticleDocument, type ClaimFields, type ClaimStatus } from '../model.js';
import { jsonText } from './json-text.js';
import { STATUS_LABEL } from './labels.js';

/** The rating scale: 1 (false) to 4 (true). "Unprovable" has a name but no place on it. */
const RATING_VALUE: Partial<Record<ClaimStatus, number>> = { false: 1, misleading: 2, 'mostly-true': 3, true: 4 };
const UNREVIEWED: readonly ClaimStatus[] = ['unverified', 'checking'];

const ORGANISATION = /\b(?:Ministry|Ministries|Agency|Council|Government|Bank|Party|Office|Department|Committee|Commission|Company|Corporation|Corp|Inc|Ltd|PLC|LLC|GmbH|University|Institute|Association|Union|Federation|Foundation|Police|Army|Court|Parliament|Senate|Congress|Kremlin|Authority|Board|Bureau|Service|Group|Organi[sz]ation|News|Times)\b\.?/;
const ACRONYM = /^[A-Z][A-Z0-9&.-]{1,7}$/;
const PERSON = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;

/** Organization when the name says so (a ministry, an acronym), Person when it looks like a name, else Thing. */
export function partyType(name: string): 'Organization' | 'Person' | 'Thing' {
  if (ORGANISATION.test(name) || ACRONYM.test(name)) return 'Organization';
  return PERSON.test(name) ? 'Person' : 'Thing';
}

function claimReview(a: Annotation, claim: ClaimFields, article: Article) {
  const { url, date, outlet } = article.meta;
  const rating = RATING_VALUE[claim.status];
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    identifier: a.id,
    ...(url ? { url } : {}),
    claimReviewed: a.quote.exact,
    datePublished: a.updatedAt.slice(0, 10),
    itemReviewed: {
      '@type': 'Claim',
      ...(claim.claimant ? { author: { '@type': partyType(claim.claimant.name), name: claim.claimant.name } } : {}),
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
    ...(claim.evidence.length ? { citation: claim.evidence.map((e) => ({ '@type': 'CreativeWork', url: e.url, ...(e.title ? { name: e.title } : {}) })) } : {}),
  };
}

export function claimReviewExport(docs: readonly ArticleDocument[]): string {
  const reviews = docs.flatMap(({ article, annotations }) =>
    [...annotations].sort(compareByPosition).flatMap((a) => {
      const claim = a.fields.claim;
      return a.kind === 'claim' && claim && !UNREVIEWED.includes(claim.status) ? [claimReview(a, claim, article)] : [];
    }),
  );
  return jsonText(reviews);
}
