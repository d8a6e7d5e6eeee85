// Files chosen in the desktop app's File › Open… dialog (shown by the main process: a menu click
// cannot open the window's file input) arrive here as bytes and go through the window's own import,
// so articles, annotation files and "Suggest on import" behave as with the toolbar's Open….

import { useEffect, useRef } from 'react';

export function useDesktopOpenFiles(importFiles: (files: readonly File[]) => Promise<void>): void {
  const latest = useRef(importFiles);
  useEffect(() => {
    latest.current = importFiles;
  });
  useEffect(
    () => window.newsmark.onOpenFiles?.((chosen) => void latest.current(chosen.map((f) => new File([f.bytes as Uint8Array<ArrayBuffer>], f.name)))),
    [],
  );
}
