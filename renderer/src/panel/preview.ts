// Short one-line previews of quoted text for lists and pickers.

export function preview(exact: string, max = 160): string {
  const flat = exact.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
