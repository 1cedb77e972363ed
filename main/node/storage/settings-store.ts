/** Every SQL statement about the library's settings: small text values by key. */
import type { Db } from './open-database.js';

export class SettingsStore {
  constructor(private readonly db: Db) {}

  get(key: string): string | undefined {
    return this.db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck().get(key);
  }

  /** Every setting, by key in order. */
  all(): Record<string, string> {
    const rows = this.db
      .prepare<[], { key: string; value: string }>('SELECT key, value FROM settings ORDER BY key')
      .all();
    return Object.fromEntries(rows.map(({ key, value }) => [key, value]));
  }

  set(key: string, value: string): void {
    this.db
      .prepare(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      )
      .run(key, value);
  }

  delete(keys: readonly string[]): void {
    const remove = this.db.prepare('DELETE FROM settings WHERE key = ?');
    for (const key of keys) remove.run(key);
  }
}
