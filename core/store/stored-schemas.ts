// Runtime shapes of what the store keeps on disk. A file that parses as JSON but does not fit
// these is treated like a corrupt file: moved aside and reported, never overwritten.

import { z } from 'zod';
import { ANCHOR_STATUSES, CLAIM_STATUSES, KINDS, PROGRESS_STATUSES, QUOTE_FORMS, RELATION_TYPES } from '../model.js';

const isoDate = z.string().min(1);

export const textQuoteSchema = z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() });

export const linkedSpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  exact: z.string(),
});

export const partySchema = z.object({ name: z.string(), span: linkedSpanSchema.optional() });

export const quoteFieldsSchema = z.object({
  speaker: partySchema.nullable(),
  form: z.enum(QUOTE_FORMS).nullable(),
  cue: z.string(),
  cueSpan: linkedSpanSchema.optional(),
});

export const evidenceSchema = z.object({
  id: z.string().min(1),
  url: z.string(),
  title: z.string(),
  note: z.string(),
  accessedAt: z.string(),
});

export const claimFieldsSchema = z.object({
  status: z.enum(CLAIM_STATUSES),
  claimant: partySchema.nullable(),
  evidence: z.array(evidenceSchema),
  verdict: z.string(),
});

export const figureFieldsSchema = z.object({
  value: z.number().nullable(),
  valueMax: z.number().optional(),
  unit: z.string().nullable(),
  scale: z.string().nullable(),
  approximate: z.string().nullable(),
  date: z.string().optional(),
  kind: z.enum(['money', 'percent', 'count', 'number', 'date', 'year', 'fraction']),
  byHand: z.boolean().optional(),
  changed: z
    .object({
      from: z.object({ value: z.number().nullable(), unit: z.string().nullable(), scale: z.string().nullable() }),
      to: z.object({ value: z.number().nullable(), unit: z.string().nullable(), scale: z.string().nullable() }),
      kept: z.boolean(),
    })
    .optional(),
});

export const annotationFieldsSchema = z.object({
  claim: claimFieldsSchema.optional(),
  quote: quoteFieldsSchema.optional(),
  figure: figureFieldsSchema.optional(),
});

export const relationSchema = z.object({
  id: z.string().min(1),
  from: z.string().min(1),
  to: z.string().min(1),
  type: z.enum(RELATION_TYPES),
  createdAt: isoDate,
});

export const annotationSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(KINDS),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  fragments: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })).min(2).optional(),
  quote: textQuoteSchema,
  tags: z.array(z.string()),
  note: z.string(),
  fields: annotationFieldsSchema.default({}),
  origin: z.enum(['manual', 'suggested']).default('manual'),
  createdAt: isoDate,
  updatedAt: isoDate,
  createdBy: z.string().min(1).optional(),
  updatedBy: z.string().min(1).optional(),
  anchor: z.object({ status: z.enum(ANCHOR_STATUSES), version: z.number().int().positive() }).optional(),
});

export const articleMetaSchema = z.object({
  date: z.string().optional(),
  dateline: z.string().optional(),
  agency: z.string().optional(),
  source: z.string().optional(),
  outlet: z.string().optional(),
  author: z.string().optional(),
  url: z.string().optional(),
  links: z.array(z.object({ text: z.string(), href: z.string() })).optional(),
  encoding: z.string().optional(),
  batch: z.string().optional(),
});

export const articleSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  meta: articleMetaSchema,
  text: z.string(),
  contentHash: z.string(),
  importedAt: isoDate,
  versions: z
    .array(z.object({ version: z.number().int().positive(), importedAt: isoDate, text: z.string(), contentHash: z.string() }))
    .optional(),
});

export const layerSchema = z.object({
  name: z.string().min(1),
  role: z.enum(['annotator', 'curation']),
  annotations: z.array(annotationSchema),
  relations: z.array(relationSchema),
});

export const progressSchema = z.record(z.string(), z.enum(PROGRESS_STATUSES));

export const articleFileSchema = z.object({
  schemaVersion: z.number().int().positive(),
  article: articleSchema,
  annotations: z.array(annotationSchema),
  relations: z.array(relationSchema).default([]),
  rejectedSuggestions: z.array(z.string()).default([]),
  layers: z.array(layerSchema).optional(),
  progress: progressSchema.optional(),
  /** The last journal change this file holds (article-journal.ts); absent: none. */
  journalSeq: z.number().int().nonnegative().optional(),
});

const countsSchema = z.object({
  claim: z.number().int().nonnegative(),
  quote: z.number().int().nonnegative(),
  figure: z.number().int().nonnegative(),
});

export const summarySchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  meta: articleMetaSchema,
  contentHash: z.string(),
  importedAt: isoDate,
  updatedAt: isoDate,
  length: z.number().int().nonnegative(),
  counts: countsSchema,
  tags: z.array(z.string()).default([]),
  layers: z.array(z.string()).optional(),
  progress: progressSchema.optional(),
});

/**
 * What the user sets once for the library: their name, stamped on what they annotate, and who
 * publishes their ClaimReview exports (checked when set: see the updateSettings contract).
 */
export const settingsSchema = z.object({
  annotator: z.string().min(1).max(200).optional(),
  publisher: z.object({ organisation: z.string().max(500).optional(), organisationUrl: z.string().max(4000).optional(), reviewUrl: z.string().max(4000).optional() }).optional(),
});

export const indexFileSchema = z.object({
  schemaVersion: z.number().int().positive(),
  settings: settingsSchema.optional(),
  articles: z.array(summarySchema),
  /** Size and modification time of each article file (and its journal's size) when its summary was made. */
  stamps: z.record(z.string(), z.object({ size: z.number().nonnegative(), mtimeMs: z.number(), journal: z.number().nonnegative().optional() })).default({}),
});

export type ArticleFile = z.infer<typeof articleFileSchema>;
export type IndexFile = z.infer<typeof indexFileSchema>;
export type Settings = z.infer<typeof settingsSchema>;
