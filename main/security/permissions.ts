/**
 * The workbench needs no browser permission at all: no camera, microphone,
 * geolocation, notifications, MIDI, HID, serial, clipboard reading… The
 * request and the check handler both ask this function, which grants only
 * what is listed here — nothing, today. Adding a permission means adding it
 * here with a reason, and the tests will show it.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set<string>();

export function decidePermission(permission: string, requestingUrl: string | undefined, isOwnPage: (url: string | undefined) => boolean): boolean {
  return GRANTED_PERMISSIONS.has(permission) && isOwnPage(requestingUrl);
}
