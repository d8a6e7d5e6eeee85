// The window's state and everything that changes it: the library list, the open article, the
// selected annotation, undo/redo labels and messages. Each change goes to the service first;
// the screen follows what the service confirms (edits show at once, then settle on its answer).

import { startTransition, useCallback, useRef, useState } from 'react';
import type { InputOf } from '../../../core/api/contract';
import {
  compareByPosition,
  type Annotation,
  type ArticleDocument,
  type ArticleSummary,
  type Kind,
  type RelationType,
} from '../../../core/model';
import { applyFieldsPatch, type PartyInput, type PatchContext } from '../../../core/annotations/fields';
import { call, messageOf } from '../api';
import { cancelEditAhead, showEditAhead } from '../reader/highlights';
import type { Span } from '../reader/selection';
import type { BackupInfo } from '../../../core/store/article-backups';
import { afterNextPaint } from './after-paint';
import { RecentArticles } from './recent-articles';
import { partitionPoint } from '../../../core/sorted-search';

export interface Message {
  title: string;
  text: string;
}

export type AnnotationPatch = Omit<InputOf<'updateAnnotation'>, 'articleId' | 'id'>;

export interface HistoryLabels {
  undo?: string;
  redo?: string;
}

let localIds = 0;

/** A copy of the (text-ordered) list with one more annotation in its place: no re-sort of 10,000. */
function insertInOrder(list: readonly Annotation[], added: Annotation): Annotation[] {
  const at = partitionPoint(list.length, (i) => compareByPosition(list[i]!, added) <= 0);
  return [...list.slice(0, at), added, ...list.slice(at)];
}

/** Applies a fields edit on screen the way the service will (which then confirms it). */
function localPatchContext(text: string): PatchContext {
  return {
    party: ({ name, span }: PartyInput) => (span ? { name, span: { ...span, exact: text.slice(span.start, span.end) } } : { name }),
    newId: () => `local-${(localIds += 1)}`,
  };
}

export function useLibrary() {
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [doc, setDoc] = useState<ArticleDocument | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [status, setStatus] = useState('');
  const [history, setHistory] = useState<HistoryLabels>({});
  const [tags, setTags] = useState<string[]>([]);
  /** Edits in flight per annotation: the screen shows the newest edit, not an older echo. */
  const pendingEdits = useRef(new Map<string, number>());
  const recent = useRef(new RecentArticles());
  /** What is on screen and the library list, as the last render saw them (for putting an article away). */
  const shownDoc = useRef<ArticleDocument | null>(null);
  shownDoc.current = doc;
  const listed = useRef<ArticleSummary[]>([]);
  listed.current = articles;
  /** Reads of the open article in flight: what is on screen may be older than the library then. */
  const reading = useRef(0);
  const stampOf = (id: string) => listed.current.find((a) => a.id === id)?.updatedAt;

  const fail = useCallback((title: string, err: unknown) => setMessage({ title, text: messageOf(err) }), []);

  /** Re-reads the article list and the library's tags; returns the list (newest change first). */
  const refreshLibrary = useCallback(async () => {
    const [list, tagList] = await Promise.all([call('listArticles', {}), call('listTags', {})]);
    setArticles(list);
    setTags(tagList.map((t) => t.tag));
    return list;
  }, []);

  /** Keeps the open article to come back to, unless it is `next` or being read again. */
  const putAway = useCallback((next: string) => {
    const current = shownDoc.current;
    if (current && current.article.id !== next && reading.current === 0) recent.current.keep(current, stampOf(current.article.id));
  }, []);

  /** Reads the article from the library and shows it. */
  const openArticle = useCallback(
    async (id: string, keepSelection = false) => {
      putAway(id);
      reading.current += 1;
      try {
        // The window draws the text around a span itself: the quotes come without their context.
        setDoc(await call('getArticle', { id, quoteContext: false }));
        if (!keepSelection) setSelectedId(null);
      } catch (err) {
        fail('Could not open the article', err);
        await refreshLibrary();
      } finally {
        reading.current -= 1;
      }
    },
    [fail, refreshLibrary, putAway],
  );

  /** Shows an article the user picked: as it was left, when nothing changed it since; else read. */
  const showArticle = useCallback(
    async (id: string) => {
      const kept = shownDoc.current?.article.id === id ? null : recent.current.take(id, stampOf(id));
      if (!kept) return openArticle(id);
      putAway(id);
      setDoc(kept);
      setSelectedId(null);
    },
    [openArticle, putAway],
  );

  /** Articles changed elsewhere (team sync, an undo, a backup): none is shown again from memory. */
  const forgetRecent = useCallback(() => recent.current.forget(), []);

  /** Shows no article (the open one went to the trash). */
  const closeArticle = useCallback(() => {
    setDoc(null);
    setSelectedId(null);
  }, []);

  /** Library refreshes after edits: one at a time, and one more if edits came in meanwhile. */
  const refreshing = useRef<{ running: boolean; again: boolean }>({ running: false, again: false });
  const refreshSoon = useCallback(() => {
    const state = refreshing.current;
    if (state.running) {
      state.again = true;
      return;
    }
    state.running = true;
    void (async () => {
      do {
        state.again = false;
        await refreshLibrary().catch((err: unknown) => fail('Could not read the library', err));
      } while (state.again);
      state.running = false;
    })();
  }, [refreshLibrary, fail]);

  /**
   * Runs a change; the library list (counts, tags) follows in the background, so the article
   * shows the change as soon as the service confirms it.
   */
  const mutate = useCallback(
    async <T>(title: string, run: () => Promise<T>): Promise<T | undefined> => {
      try {
        const result = await run();
        refreshSoon();
        return result;
      } catch (err) {
        fail(title, err);
        return undefined;
      }
    },
    [fail, refreshSoon],
  );

  const replaceAnnotation = useCallback((id: string, next: (a: Annotation) => Annotation) => {
    setDoc((d) => d && { ...d, annotations: d.annotations.map((a) => (a.id === id ? next(a) : a)) });
  }, []);

  /** Annotations the service created elsewhere (accepted suggestions) join the open article. */
  async function added(created: Annotation[], label: string): Promise<void> {
    if (created.length === 0) return;
    setDoc((d) => d && { ...d, annotations: created.reduce(insertInOrder, d.annotations) });
    setHistory({ undo: label });
    refreshSoon();
  }

  async function mark(kind: Kind, span: Span): Promise<void> {
    if (!doc) return;
    const articleId = doc.article.id;
    const created = await mutate('Could not mark the text', () => call('createAnnotation', { articleId, kind, ...span }));
    if (!created) {
      // The provisional highlight drawn at the key press goes with the next paint.
      setDoc((d) => d && { ...d, annotations: [...d.annotations] });
      return;
    }
    // The mark is drawn already (provisionally); the list and its editor follow after that frame.
    afterNextPaint(() => {
      setDoc((d) => (d && d.article.id === articleId ? { ...d, annotations: insertInOrder(d.annotations, created) } : d));
      setSelectedId(created.id);
      setHistory({ undo: `Mark ${kind}` });
    });
  }

  async function update(id: string, patch: AnnotationPatch): Promise<void> {
    if (!doc) return;
    const articleId = doc.article.id;
    const pending = pendingEdits.current;
    const { fields, ...plain } = patch;
    // Shown at once, so the next edit (say, an evidence title after its URL) builds on this one.
    const local = localPatchContext(doc.article.text);
    const show = () => replaceAnnotation(id, (a) => ({ ...a, ...plain, fields: fields ? applyFieldsPatch(a.fields, fields, local) : a.fields }));
    const before = patch.kind && doc.annotations.find((a) => a.id === id);
    if (before && patch.kind && before.kind !== patch.kind) {
      // A new kind: the highlight changes in this frame; the list and the counts render after it.
      showEditAhead(before, patch.kind);
      afterNextPaint(() => startTransition(show));
    } else show();
    pending.set(id, (pending.get(id) ?? 0) + 1);
    const updated = await mutate('Could not save the change', () => call('updateAnnotation', { articleId, id, ...patch }));
    const left = (pending.get(id) ?? 1) - 1;
    pending.set(id, left);
    if (!updated) {
      cancelEditAhead(id);
      return openArticle(articleId, true);
    }
    if (left === 0) replaceAnnotation(id, () => updated);
    setHistory({ undo: patch.kind ? `Change kind to ${patch.kind}` : 'Edit annotation' });
  }

  async function remove(id: string): Promise<void> {
    if (!doc) return;
    const articleId = doc.article.id;
    // Gone from the text in this frame, from the list right after; should the service refuse, the article is read again.
    const gone = doc.annotations.find((a) => a.id === id);
    if (gone) showEditAhead(gone, null);
    afterNextPaint(() =>
      startTransition(() => {
        setDoc(
          (d) =>
            d && {
              ...d,
              annotations: d.annotations.filter((a) => a.id !== id),
              relations: d.relations.filter((r) => r.from !== id && r.to !== id),
            },
        );
        setSelectedId(null);
      }),
    );
    const done = await mutate('Could not delete the annotation', () => call('deleteAnnotation', { articleId, id }));
    if (!done) {
      cancelEditAhead(id);
      return openArticle(articleId);
    }
    setHistory({ undo: 'Delete annotation' });
  }

  async function link(from: string, to: string, type: RelationType): Promise<void> {
    if (!doc) return;
    const articleId = doc.article.id;
    const relation = await mutate('Could not link the annotations', () => call('createRelation', { articleId, from, to, type }));
    if (!relation) return;
    setDoc((d) => d && { ...d, relations: [...d.relations.filter((r) => r.id !== relation.id), relation] });
    setHistory({ undo: `Link (${type})` });
  }

  async function unlink(relationId: string): Promise<void> {
    if (!doc) return;
    const articleId = doc.article.id;
    const done = await mutate('Could not remove the link', () => call('deleteRelation', { articleId, id: relationId }));
    if (!done) return;
    setDoc((d) => d && { ...d, relations: d.relations.filter((r) => r.id !== relationId) });
    setHistory({ undo: 'Remove link' });
  }

  async function rename(title: string): Promise<void> {
    if (!doc) return;
    const summary = await mutate('Could not rename the article', () => call('updateArticle', { id: doc.article.id, title }));
    if (summary) setDoc((d) => d && { ...d, article: { ...d.article, title: summary.title } });
  }

  /** Puts an article back to one of its backups (one undoable step) and shows it. */
  async function restoreBackup(articleId: string, backup: BackupInfo): Promise<void> {
    forgetRecent();
    try {
      await call('restoreBackup', { articleId, backupId: backup.id });
      setHistory({ undo: 'Restore backup' });
      setStatus(`Restored the backup of ${backup.savedAt.slice(0, 19).replace('T', ' ')} UTC.`);
      await refreshLibrary();
      await openArticle(articleId);
    } catch (err) {
      fail('Could not restore the backup', err);
    }
  }

  async function travel(direction: 'undo' | 'redo'): Promise<void> {
    forgetRecent();
    try {
      const step = await call(direction, {});
      setHistory(step.next);
      if (!step.done) {
        setStatus(`Nothing to ${direction}.`);
        return;
      }
      setStatus(`${direction === 'undo' ? 'Undid' : 'Redid'}: ${step.done.label}.`);
      await refreshLibrary();
      await openArticle(step.done.articleId, true);
    } catch (err) {
      fail(`Could not ${direction}`, err);
    }
  }

  return {
    articles,
    doc,
    selectedId,
    setSelectedId,
    message,
    setMessage,
    status,
    setStatus,
    history,
    tags,
    fail,
    refreshLibrary,
    openArticle,
    showArticle,
    forgetRecent,
    closeArticle,
    mark,
    added,
    update,
    remove,
    link,
    unlink,
    rename,
    restoreBackup,
    undo: () => travel('undo'),
    redo: () => travel('redo'),
  };
}

export type LibraryState = ReturnType<typeof useLibrary>;
