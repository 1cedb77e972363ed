/**
 * The library file as SQLite sees it, without opening it as a library: for snapshots, which copy, check and
 * swap whole files. (openDatabase opens, migrates and wires a library; these never change a file's schema.)
 */
import { said, type Said } from '../../../shared/i18n/said.js';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';
import type { Db, OpenOptions } from './open-database.js';
import { schemaVersion } from './open-database.js';

/** A plain connection to a library file, schema untouched. */
export function connectFile(path: string, options: OpenOptions): Db {
  return new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
}

/** Whether the file at `path` holds a library of an older schema than this version's (it will be migrated). */
export function needsMigration(path: string, options: OpenOptions): boolean {
  const db = connectFile(path, options);
  try {
    const version = schemaVersion(db);
    return version > 0 && version < MIGRATIONS.length;
  } finally {
    db.close();
  }
}

/** What is wrong with the file as a library this version can open, or undefined when nothing is. */
export function libraryProblem(path: string, options: OpenOptions): Said | undefined {
  let db: Db | undefined;
  try {
    db = connectFile(path, options);
    const version = schemaVersion(db);
    if (version > MIGRATIONS.length)
      return said(
        `it was written by a newer Jianbao (schema ${version})`,
        `它由更新版本的剪报写成（结构版本 ${version}）`,
      );
    const tables = db
      .prepare<[], string>("SELECT name FROM sqlite_schema WHERE name = 'sources'")
      .pluck()
      .all();
    if (version === 0 || tables.length === 0) return said('it is not a Jianbao library', '它不是剪报的文库');
    const check = db.pragma('quick_check', { simple: true });
    return check === 'ok'
      ? undefined
      : said(`it is damaged (${String(check)})`, `它已损坏（${String(check)}）`);
  } catch (error) {
    const detail = (error as Error).message;
    return said(
      `it is not a readable SQLite database (${detail})`,
      `它不是可读的 SQLite 数据库（${detail}）`,
    );
  } finally {
    db?.close();
  }
}

/**
 * Whether no other connection has the file open. Leaving WAL mode is refused while any other connection is
 * open, so succeeding proves there is none (and leaves the file ready to be replaced whole).
 */
export function openNowhereElse(path: string, options: OpenOptions): boolean {
  try {
    const db = connectFile(path, options);
    try {
      db.pragma('busy_timeout = 0');
      return db.pragma('journal_mode = DELETE', { simple: true }) === 'delete';
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/** SQLite refused a row on a UNIQUE or PRIMARY KEY: something took its place. */
export function isConstraintConflict(error: unknown): boolean {
  return error instanceof Database.SqliteError && error.code.startsWith('SQLITE_CONSTRAINT');
}
