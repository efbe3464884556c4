import { contextBridge, ipcRenderer } from 'electron';
import { operationNames } from '../main/api/contract';

/**
 * Exposes exactly the contract's operations on `window.api`, each a function
 * that returns the envelope; `ipcRenderer` itself never reaches the page.
 */
const API_CHANNEL = 'doorlicht:api';
const api = Object.fromEntries(
  operationNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(API_CHANNEL, name, input ?? {})]),
);
contextBridge.exposeInMainWorld('api', Object.freeze(api));
