// Runtime shapes of what the store keeps on disk. A file that parses as JSON but does not fit
// these is treated like a corrupt file: moved aside and reported, never overwritten.

import { z } from 'zod';
import { KINDS } from '../model.js';

const isoDate = z.string().min(1);

export const textQuoteSchema = z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() });

export const annotationSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(KINDS),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: textQuoteSchema,
  tags: z.array(z.string()),
  note: z.string(),
  createdAt: isoDate,
  updatedAt: isoDate,
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
});

export const articleSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  meta: articleMetaSchema,
  text: z.string(),
  contentHash: z.string(),
  importedAt: isoDate,
});

export const articleFileSchema = z.object({
  schemaVersion: z.number().int().positive(),
  article: articleSchema,
  annotations: z.array(annotationSchema),
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
});

export const indexFileSchema = z.object({
  schemaVersion: z.number().int().positive(),
  articles: z.array(summarySchema),
});

export type ArticleFile = z.infer<typeof articleFileSchema>;
export type IndexFile = z.infer<typeof indexFileSchema>;
