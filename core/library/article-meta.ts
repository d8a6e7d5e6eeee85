// The article details a user may edit by hand (title aside): what each field may hold, and how
// an edit applies. An empty value removes the field, so a wrong date can be cleared.

import { z } from 'zod';
import type { ArticleMeta } from '../model.js';

const line = z.string().trim().max(1_000);

export const metaPatchSchema = z
  .object({
    outlet: line.optional(),
    author: line.optional(),
    source: line.optional(),
    date: z
      .string()
      .trim()
      .max(40)
      .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'a date is written YYYY-MM-DD')
      .optional(),
    url: z
      .string()
      .trim()
      .max(4_000)
      .regex(/^(https?:\/\/\S+)?$/i, 'a URL starts with http:// or https://')
      .optional(),
  })
  .strict();

export type MetaPatch = z.infer<typeof metaPatchSchema>;

export function applyMetaPatch(meta: ArticleMeta, patch: MetaPatch): ArticleMeta {
  const next: ArticleMeta = { ...meta };
  for (const [key, value] of Object.entries(patch) as [keyof MetaPatch, string | undefined][]) {
    if (value === undefined) continue;
    if (value === '') delete next[key];
    else next[key] = value;
  }
  return next;
}
