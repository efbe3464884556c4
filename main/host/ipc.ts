import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { fail } from '../api/envelope';
import { isTrustedSender } from '../security/ipc-sender';
import type { ServiceContext } from '../services/context';
import { dispatch } from './dispatch';

export const API_CHANNEL = 'doorlicht:api';

/**
 * Electron's transport: one channel, the same dispatch as the HTTP host.
 * Every call's sender frame must be the app's own top-level page.
 */
export function registerIpcHost(ipcMain: IpcMain, ctx: ServiceContext, devOrigin?: string): void {
  ipcMain.handle(API_CHANNEL, (event: IpcMainInvokeEvent, name: unknown, input: unknown) => {
    const frame = event.senderFrame;
    if (!isTrustedSender(frame ? { url: frame.url, isTopFrame: frame.parent === null } : null, devOrigin)) {
      return fail('forbidden', 'Aanroep van een onbekende pagina geweigerd.');
    }
    return dispatch(ctx, name, input);
  });
}
