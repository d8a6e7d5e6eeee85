// The user's name as the library keeps it (Settings › Your name) and whom this session stamps;
// read once, saved through the service so the CLI and the window agree.

import { useCallback, useEffect, useState } from 'react';
import { call } from '../api';

export interface AnnotatorState {
  /** The name in the library's settings (null: not set). */
  name: string | null;
  /** Whom this session stamps on annotations and statuses. */
  active: string | null;
  save: (name: string | null) => Promise<void>;
}

export function useAnnotator(fail: (title: string, err: unknown) => void): AnnotatorState {
  const [names, setNames] = useState<{ annotator: string | null; activeAnnotator: string | null }>({ annotator: null, activeAnnotator: null });
  useEffect(() => {
    call('getSettings', {}).then(setNames, (err) => fail('Could not read the settings', err));
  }, [fail]);
  const save = useCallback(
    async (name: string | null) => {
      try {
        setNames(await call('updateSettings', { annotator: name }));
      } catch (err) {
        fail('Could not save your name', err);
      }
    },
    [fail],
  );
  return { name: names.annotator, active: names.activeAnnotator, save };
}
