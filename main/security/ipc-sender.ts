import { isAppFrameUrl } from '../host/origin';

/** What the IPC host knows about the frame that sent a call. */
export interface SenderFrameInfo {
  url: string | undefined;
  /** False for an iframe; the app never embeds frames, so only the top frame may call. */
  isTopFrame: boolean;
}

/** True only for the app's own top-level page (or the dev server during development). */
export function isTrustedSender(frame: SenderFrameInfo | null | undefined, devOrigin?: string): boolean {
  return frame != null && frame.isTopFrame && isAppFrameUrl(frame.url, devOrigin);
}
