// The kind-specific fields of an annotation: what a new claim, quote or figure starts with
// (a figure is read from its text), and how a partial edit from the UI is merged in.

import { parseFigure } from '../figures/index.js';
import type { AnnotationFields, ClaimFields, Evidence, FigureFields, Kind, Party, QuoteFields } from '../model.js';

export interface PartyInput {
  name: string;
  span?: { start: number; end: number };
}

export interface EvidenceInput extends Partial<Pick<Evidence, 'id'>> {
  url: string;
  title: string;
  note: string;
  accessedAt: string;
}

/** A partial edit of the fields; `null` clears a speaker or claimant. */
export interface FieldsPatch {
  claim?: { status?: ClaimFields['status']; claimant?: PartyInput | null; evidence?: EvidenceInput[]; verdict?: string };
  quote?: { speaker?: PartyInput | null; form?: QuoteFields['form']; cue?: string };
  /** `confirmed: true` accepts a changed reading (or the kept hand value) and clears its flag. */
  figure?: Partial<Omit<FigureFields, 'changed' | 'byHand'>> & { confirmed?: true };
}

const OPENING_QUOTE = /^["“„«‘']/;

function initialQuote(exact: string): QuoteFields {
  return { speaker: null, form: OPENING_QUOTE.test(exact) ? 'direct' : null, cue: '' };
}

function initialClaim(): ClaimFields {
  return { status: 'unverified', claimant: null, evidence: [], verdict: '' };
}

/** Fields for `kind`, keeping whatever the annotation already has for it. */
export function fieldsForKind(kind: Kind, fields: AnnotationFields, exact: string, articleDate?: string): AnnotationFields {
  if (fields[kind]) return fields;
  if (kind === 'claim') return { ...fields, claim: initialClaim() };
  if (kind === 'quote') return { ...fields, quote: initialQuote(exact) };
  return { ...fields, figure: parseFigure(exact, articleDate ? { articleDate } : {}) };
}

export interface PatchContext {
  /** Turns a linked span into a stored one (checks it and takes its text from the article). */
  party: (input: PartyInput) => Party;
  newId: () => string;
}

function evidenceFrom(items: EvidenceInput[], newId: () => string): Evidence[] {
  return items.map((e) => ({ id: e.id ?? newId(), url: e.url.trim(), title: e.title.trim(), note: e.note, accessedAt: e.accessedAt }));
}

export function applyFieldsPatch(fields: AnnotationFields, patch: FieldsPatch, ctx: PatchContext): AnnotationFields {
  const next: AnnotationFields = { ...fields };
  if (patch.claim) {
    const { claimant, evidence, ...rest } = patch.claim;
    next.claim = {
      ...(fields.claim ?? initialClaim()),
      ...rest,
      ...(claimant !== undefined ? { claimant: claimant && ctx.party(claimant) } : {}),
      ...(evidence ? { evidence: evidenceFrom(evidence, ctx.newId) } : {}),
    };
  }
  if (patch.quote) {
    const { speaker, ...rest } = patch.quote;
    const { cueSpan, ...before } = fields.quote ?? initialQuote('');
    // A retyped cue no longer names the marked span.
    const keepSpan = cueSpan && (rest.cue === undefined || rest.cue === before.cue);
    next.quote = {
      ...before,
      ...(keepSpan ? { cueSpan } : {}),
      ...rest,
      ...(speaker !== undefined ? { speaker: speaker && ctx.party(speaker) } : {}),
    };
  }
  if (patch.figure) {
    const { confirmed, ...edit } = patch.figure;
    const base: FigureFields = fields.figure ?? { value: null, unit: null, scale: null, approximate: null, kind: 'number' };
    const typed = (['value', 'unit', 'scale'] as const).some((k) => k in edit && edit[k] !== base[k]);
    next.figure = { ...base, ...edit, ...(typed ? { byHand: true } : {}) };
    // Typing a value settles a pending change as surely as confirming it.
    if (confirmed || typed) delete next.figure.changed;
  }
  return next;
}
