/**
 * Which links may be handed to the system browser: https only, with a real host and no credentials,
 * so a crafted link cannot launch a local program or a file through the OS.
 */
export function externalUrlToOpen(candidate: string): string | undefined {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.hostname === '' || url.username !== '' || url.password !== '')
    return undefined;
  return url.href;
}
