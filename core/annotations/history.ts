// Undo and redo across the session, kept by the service (not the window), so an undo after a
// reload still works and what is undone is undone on disk. Each entry holds an article's
// editable state before and after one change.

import type { Annotation, Layer, Relation } from '../model.js';

export interface EditableState {
  title: string;
  annotations: Annotation[];
  relations: Relation[];
  rejectedSuggestions: string[];
  /** Other annotators' layers, so an import into a layer or a curation step can be undone. */
  layers: Layer[] | undefined;
}

export interface HistoryEntry {
  articleId: string;
  /** What the change was, for the user: "Mark quote", "Delete claim" … */
  label: string;
  before: EditableState;
  after: EditableState;
}

const LIMIT = 500;

export class EditHistory {
  private done: HistoryEntry[] = [];
  private undone: HistoryEntry[] = [];

  record(entry: HistoryEntry): void {
    this.done.push(entry);
    if (this.done.length > LIMIT) this.done.shift();
    this.undone = [];
  }

  /** The entry to undo, moved to the redo stack. */
  undo(): HistoryEntry | undefined {
    const entry = this.done.pop();
    if (entry) this.undone.push(entry);
    return entry;
  }

  redo(): HistoryEntry | undefined {
    const entry = this.undone.pop();
    if (entry) this.done.push(entry);
    return entry;
  }

  /** What undo and redo would do next, for menus and buttons. */
  peek(): { undo?: string; redo?: string } {
    return { undo: this.done.at(-1)?.label, redo: this.undone.at(-1)?.label };
  }

  /** Drops every entry of an article that no longer exists. */
  forget(articleId: string): void {
    this.done = this.done.filter((e) => e.articleId !== articleId);
    this.undone = this.undone.filter((e) => e.articleId !== articleId);
  }
}
