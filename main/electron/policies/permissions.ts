/**
 * A reader needs none of the web's powerful features (camera, geolocation, notifications …);
 * every permission request and check is refused. Clipboard writes from a user gesture do not need one.
 */
export function grantPermission(_permission: string): boolean {
  return false;
}
