import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { ipcChannel, METHOD_NAMES } from '../../shared/contract/methods.js';
import type { Reply } from '../../shared/contract/errors.js';
import type { Dispatch } from '../node/services/dispatch.js';
import { isTrustedSender } from './policies/app-origin.js';

/** One `invoke` handler per contract entry; each refuses any sender that is not the app's own page. */
export function registerIpc(ipc: Pick<IpcMain, 'handle'>, dispatch: Dispatch): void {
  for (const method of METHOD_NAMES) {
    ipc.handle(
      ipcChannel(method),
      (event: IpcMainInvokeEvent, payload: unknown): Promise<Reply<unknown>> | Reply<unknown> => {
        const frame = event.senderFrame;
        if (!isTrustedSender(frame?.url, frame !== null && frame === frame.top)) {
          return {
            ok: false,
            // Said in both: it answers a page that is not Jianbao's, whose language is unknown.
            error: {
              code: 'rejected',
              message: 'This request did not come from the Jianbao window.',
            },
          };
        }
        return dispatch(method, payload);
      },
    );
  }
}
