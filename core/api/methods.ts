// The names of the API's methods, alone, so the sandboxed preload can list them without
// bundling the input schemas (the contract checks this list against its schema table).

export const METHODS = [
  'getLibraryInfo',
  'listArticles',
  'getArticle',
  'importFile',
  'updateArticle',
  'deleteArticle',
  'searchArticles',
  'updateArticleMeta',
  'trashArticle',
  'restoreArticle',
  'listTrash',
  'emptyTrash',
  'listBackups',
  'restoreBackup',
  'importText',
  'placeAnnotation',
  'createAnnotation',
  'updateAnnotation',
  'deleteAnnotation',
  'createRelation',
  'deleteRelation',
  'undo',
  'redo',
  'listTags',
  'suggest',
  'acceptSuggestions',
  'rejectSuggestions',
  'exportJson',
  'exportAs',
  'importAnnotations',
  'getSettings',
  'updateSettings',
  'setProgress',
  'takeIntoCuration',
  'agreement',
  'getSyncStatus',
  'connectSync',
  'disconnectSync',
  'listSyncConflicts',
  'keepSyncVersion',
  'importBrat',
] as const;

/** The methods team sync answers (core/sync); the library service answers the others. */
export const SYNC_METHODS = ['getSyncStatus', 'connectSync', 'disconnectSync', 'listSyncConflicts', 'keepSyncVersion'] as const;
export type SyncMethod = (typeof SYNC_METHODS)[number];

export type Method = (typeof METHODS)[number];

/** Commands the application menu sends to the renderer. */
export const MENU_COMMANDS = [
  'open',
  'export-article',
  'export-library',
  'undo',
  'redo',
  'suggest',
  'export',
  'paste-article',
  'import-folder',
  'team-sync',
  'agreement',
  'find',
  'toggle-theme',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** IPC channel of one API method. */
export function channelOf(method: Method): string {
  return `newsmark:${method}`;
}

export const MENU_CHANNEL = 'newsmark:menu';
/** Main → window: show this article (a file opened from the desktop was imported). */
export const OPEN_ARTICLE_CHANNEL = 'newsmark:open-article';
/** Window → main: the user opened this file (for Open Recent). */
export const OPENED_FILE_CHANNEL = 'newsmark:opened-file';
/** Main → window: files chosen in File › Open…, to import as the window's own Open… does. */
export const OPEN_FILES_CHANNEL = 'newsmark:open-files';
