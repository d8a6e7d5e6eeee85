// How each annotation kind is named and keyed in the UI.

import type { Kind } from '../../core/model';

export const KIND_LABEL: Record<Kind, string> = { claim: 'Claim', quote: 'Quote', figure: 'Figure' };

/** Keys that mark the current selection: c/q/f and 1/2/3. */
export const KIND_KEYS: Record<string, Kind> = { c: 'claim', q: 'quote', f: 'figure', '1': 'claim', '2': 'quote', '3': 'figure' };
