import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildBridge } from './buildBridge';

contextBridge.exposeInMainWorld(
  'agentDesk',
  buildBridge(
    (channel, payload) => ipcRenderer.invoke(channel, payload),
    (channel, listener) => {
      // The renderer gets the payload only, never the IPC event (which carries the sender).
      const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, forward);
      return () => void ipcRenderer.removeListener(channel, forward);
    },
  ),
);
