import { decodeBase64, encodeBase64 } from './base64.js';

/**
 * JSON for the HTTP transport, with byte arrays carried as `{"$bytes": base64}` so file imports
 * use the same contract over HTTP as over Electron IPC (which clones Uint8Array natively).
 */
export function toWire(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item instanceof Uint8Array ? { $bytes: encodeBase64(item) } : item,
  );
}

export function fromWire(text: string): unknown {
  return JSON.parse(text, (_key, item: unknown) => {
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
      const record = item as Record<string, unknown>;
      const keys = Object.keys(record);
      if (keys.length === 1 && keys[0] === '$bytes' && typeof record.$bytes === 'string') {
        return decodeBase64(record.$bytes);
      }
    }
    return item;
  });
}
