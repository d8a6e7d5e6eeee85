// How kinds, claim statuses, quote forms and link types are named and keyed in the UI.

import type { FigureKind } from '../../core/figures/types';
import type { Kind, RelationType } from '../../core/model';

// Kind, status and form names are the ones the exports use, so the app and its files agree.
export { FORM_LABEL, KIND_LABEL, STATUS_LABEL } from '../../core/formats/labels';

export const KIND_PLURAL: Record<Kind, string> = { claim: 'Claims', quote: 'Quotes', figure: 'Figures' };

/** Keys that mark the current selection: c/q/f and 1/2/3. */
export const KIND_KEYS: Record<string, Kind> = { c: 'claim', q: 'quote', f: 'figure', '1': 'claim', '2': 'quote', '3': 'figure' };

export const RELATION_LABEL: Record<RelationType, string> = {
  'said-by': 'said by',
  supports: 'supports',
  contradicts: 'contradicts',
  about: 'is about',
  'same-as': 'same as',
};

export const FIGURE_KINDS: readonly FigureKind[] = ['money', 'percent', 'count', 'number', 'date', 'year', 'fraction'];

export const FIGURE_KIND_LABEL: Record<FigureKind, string> = {
  money: 'money',
  percent: 'percentage',
  count: 'count',
  number: 'number',
  date: 'date',
  year: 'year',
  fraction: 'fraction',
};
