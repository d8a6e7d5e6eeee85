// An article's annotations at a glance: counts by kind, claims by status, quotes by speaker.

import { CLAIM_STATUSES, countKinds, type Annotation, type ClaimStatus, type KindCounts } from '../model.js';

export interface AnnotationSummary {
  counts: KindCounts;
  claimsByStatus: Record<ClaimStatus, number>;
  /** Speakers by number of quotes, most first; unattributed quotes under "". */
  quotesBySpeaker: { speaker: string; count: number }[];
}

export function summariseAnnotations(annotations: readonly Annotation[]): AnnotationSummary {
  const claimsByStatus = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  const speakers = new Map<string, number>();
  for (const a of annotations) {
    if (a.kind === 'claim') claimsByStatus[a.fields.claim?.status ?? 'unverified'] += 1;
    if (a.kind === 'quote') {
      const speaker = a.fields.quote?.speaker?.name ?? '';
      speakers.set(speaker, (speakers.get(speaker) ?? 0) + 1);
    }
  }
  const quotesBySpeaker = [...speakers].map(([speaker, count]) => ({ speaker, count }));
  quotesBySpeaker.sort((a, b) => b.count - a.count || a.speaker.localeCompare(b.speaker));
  return { counts: countKinds(annotations), claimsByStatus, quotesBySpeaker };
}
