// How kinds, claim statuses and quote forms are named in files meant for people and for other
// tools (CSV, Markdown, Label Studio, ClaimReview): the same words the app shows.

import type { ClaimStatus, Kind, QuoteForm } from '../model.js';

export const KIND_LABEL: Record<Kind, string> = { claim: 'Claim', quote: 'Quote', figure: 'Figure' };

export const STATUS_LABEL: Record<ClaimStatus, string> = {
  unverified: 'Unverified',
  checking: 'Checking',
  true: 'True',
  'mostly-true': 'Mostly true',
  misleading: 'Misleading',
  false: 'False',
  unprovable: 'Unprovable',
};

export const FORM_LABEL: Record<QuoteForm, string> = { direct: 'Direct', indirect: 'Indirect', mixed: 'Mixed' };
