// Exports leave the app as downloads: the renderer saves a blob with `<a download>`. This routes each
// one through a native "Export annotations" Save dialog, and refuses any download that is not such
// an in-page export (the app never downloads from anywhere else).

import path from 'node:path';
import type { SaveDialogOptions, Session } from 'electron';

/** Only the page's own blob: and data: URLs are exports. */
export function isInPageExport(url: string): boolean {
  return url.startsWith('blob:') || url.startsWith('data:');
}

export function exportDialogOptions(fileName: string, defaultDir: string): SaveDialogOptions {
  const extension = path.extname(fileName).slice(1).toLowerCase();
  const byType = extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [];
  return {
    title: 'Export annotations',
    defaultPath: path.join(defaultDir, fileName),
    filters: [...byType, { name: 'All files', extensions: ['*'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

export function routeDownloadsThroughSaveDialog(session: Session, defaultDir: string): void {
  session.on('will-download', (event, item) => {
    if (!isInPageExport(item.getURL())) {
      event.preventDefault();
      return;
    }
    item.setSaveDialogOptions(exportDialogOptions(item.getFilename(), defaultDir));
  });
}
