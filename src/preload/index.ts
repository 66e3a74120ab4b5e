import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './buildBridge';

contextBridge.exposeInMainWorld(
  'agentDesk',
  buildBridge((channel, payload) => ipcRenderer.invoke(channel, payload)),
);
