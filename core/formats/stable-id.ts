// Ids that other tools did not give us, made the same on every import of the same thing (an
// annotation from another tool, an exported collection), so importing a file twice updates or
// skips what the first import added instead of adding it again.

import { createHash } from 'node:crypto';

/** A UUID (version 8, "custom") derived from `seed` by SHA-256. */
export function stableUuid(seed: string): string {
  const hex = createHash('sha256').update(seed, 'utf8').digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
