// The article's open suggestions and what the user does with them: ask for them, accept or
// reject one or many, and keep the list fresh after any change to the article.

import { useCallback, useRef, useState } from 'react';
import type { Annotation } from '../../../core/model';
import type { Proposal } from '../../../core/suggest/proposals';
import { call } from '../api';

export interface SuggestionState {
  /** null until the user asks for suggestions on this article. */
  proposals: Proposal[] | null;
  activeKey: string | null;
}

const SUGGEST_ON_IMPORT = 'newsmark.suggestOnImport';

export function suggestOnImport(): boolean {
  return localStorage.getItem(SUGGEST_ON_IMPORT) === 'true';
}

export function setSuggestOnImport(on: boolean): void {
  localStorage.setItem(SUGGEST_ON_IMPORT, String(on));
}

export function useSuggestions(fail: (title: string, err: unknown) => void) {
  const [state, setState] = useState<SuggestionState>({ proposals: null, activeKey: null });
  /** Whether the list is open, readable without re-creating callbacks on every change. */
  const open = useRef(false);

  const load = useCallback(
    async (articleId: string) => {
      open.current = true;
      try {
        const proposals = await call('suggest', { articleId });
        setState((s) => ({ proposals, activeKey: proposals.some((p) => p.key === s.activeKey) ? s.activeKey : null }));
      } catch (err) {
        fail('Could not suggest annotations', err);
      }
    },
    [fail],
  );

  /** After a change elsewhere (an undo, a mark), the open list is asked for again. */
  const refresh = useCallback(
    async (articleId: string) => {
      if (open.current) await load(articleId);
    },
    [load],
  );

  const clear = useCallback(() => {
    open.current = false;
    setState({ proposals: null, activeKey: null });
  }, []);

  /** Removes `keys` from the list and moves the focus to the proposal after the first of them. */
  const settle = useCallback((keys: string[]) => {
    setState((s) => {
      if (!s.proposals) return s;
      const gone = new Set(keys);
      const at = s.proposals.findIndex((p) => gone.has(p.key));
      const proposals = s.proposals.filter((p) => !gone.has(p.key));
      const next = s.activeKey && gone.has(s.activeKey) ? (proposals[at] ?? proposals[at - 1] ?? null) : null;
      return { proposals, activeKey: next ? next.key : s.activeKey && !gone.has(s.activeKey) ? s.activeKey : null };
    });
  }, []);

  async function accept(articleId: string, keys: string[]): Promise<Annotation[]> {
    if (keys.length === 0) return [];
    try {
      const created = await call('acceptSuggestions', { articleId, keys });
      settle(keys);
      return created;
    } catch (err) {
      fail('Could not accept the suggestion', err);
      return [];
    }
  }

  async function reject(articleId: string, keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    try {
      await call('rejectSuggestions', { articleId, keys });
      settle(keys);
    } catch (err) {
      fail('Could not reject the suggestion', err);
    }
  }

  const activate = useCallback((key: string | null) => setState((s) => ({ ...s, activeKey: key })), []);

  return { ...state, load, refresh, clear, accept, reject, activate };
}
