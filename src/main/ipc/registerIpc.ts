import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelOf } from '../../shared/channels';
import type { Result } from '../../shared/result';
import { isAppUrl } from '../window/appOrigin';
import type { Dispatch } from './dispatch';

/** Only the top frame of our own bundle may call main; iframes and foreign pages may not. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

const refused: Result<never> = { ok: false, error: { code: 'unknown_channel', message: 'request refused: sender is not the AgentDesk window' } };

/** One `ipcMain.handle` per contract channel, each checking the sender before dispatching. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch): void {
  for (const channel of Object.values(channelOf)) {
    ipcMain.handle(channel, (event, payload: unknown) => (isTrustedSender(event) ? dispatch(channel, payload) : refused));
  }
}
