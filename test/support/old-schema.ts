import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../main/node/storage/migrations.js';
import { registerTextLength } from '../../main/node/storage/library-management-migration.js';
import { registerSearchFunctions } from '../../main/node/storage/search-index.js';

/** A new database at path brought up to schema `version` only, open, to fill as that version wrote. */
export function databaseAtSchema(path: string, version: number): Database.Database {
  const db = new Database(path);
  db.pragma('foreign_keys = ON');
  registerSearchFunctions(db);
  registerTextLength(db);
  for (const [index, migration] of MIGRATIONS.slice(0, version).entries()) {
    if (typeof migration === 'string') db.exec(migration);
    else migration(db);
    db.pragma(`user_version = ${index + 1}`);
  }
  return db;
}
