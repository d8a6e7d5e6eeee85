// Serves the API over Electron IPC: one `ipcMain.handle` per method, answering only our own page.
// Input checking and error-to-data conversion are dispatch's job, shared with every transport.

import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Served } from '../core/api/dispatch.js';
import { dispatch } from '../core/api/dispatch.js';
import type { Result } from '../core/api/errors.js';
import { METHODS, channelOf } from '../core/api/methods.js';

const refused: Result<never> = {
  ok: false,
  error: { code: 'invalid-input', message: 'Refused: request from an untrusted frame' },
};

export function registerApi(
  ipcMain: Pick<IpcMain, 'handle'>,
  service: Served,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const method of METHODS) {
    ipcMain.handle(channelOf(method), (event, input: unknown) =>
      isTrustedSender(event) ? dispatch(service, method, input) : refused,
    );
  }
}
