// How kinds, claim statuses, quote forms and link types are named and keyed in the UI.

import type { ClaimStatus, Kind, QuoteForm, RelationType } from '../../core/model';

export const KIND_LABEL: Record<Kind, string> = { claim: 'Claim', quote: 'Quote', figure: 'Figure' };
export const KIND_PLURAL: Record<Kind, string> = { claim: 'Claims', quote: 'Quotes', figure: 'Figures' };

/** Keys that mark the current selection: c/q/f and 1/2/3. */
export const KIND_KEYS: Record<string, Kind> = { c: 'claim', q: 'quote', f: 'figure', '1': 'claim', '2': 'quote', '3': 'figure' };

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

export const RELATION_LABEL: Record<RelationType, string> = {
  'said-by': 'said by',
  supports: 'supports',
  contradicts: 'contradicts',
  about: 'is about',
  'same-as': 'same as',
};
