// The ways a number is marked as a percentage: "%", "per cent", "percent", "pct", and the units of
// a change in a rate, "percentage points" and "basis points".

import { PhraseTable } from './phrases.js';

export const PERCENT_UNITS = new PhraseTable<string>([
  ['%', '%'], ['per cent', '%'], ['percent', '%'], ['per-cent', '%'], ['pct', '%'],
  ['percentage point', 'percentage points'], ['percentage points', 'percentage points'],
  ['percentage-point', 'percentage points'], ['pct points', 'percentage points'],
  ['basis point', 'basis points'], ['basis points', 'basis points'], ['bps', 'basis points'],
]);
