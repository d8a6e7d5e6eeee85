// JSON as the exports write it: two-space indentation and a final newline, the same in every format.

export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
