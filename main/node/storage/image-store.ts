/**
 * The pictures of imported files, kept once each by the SHA-256 of their bytes (however many files show
 * them), and which source shows which. A picture goes when the last source showing it goes: a trigger on
 * `source_images`, which deleting a source empties through its foreign key, so every way a source is
 * deleted (the trash, a re-import that drops a picture) deletes its pictures too.
 */
import type { ImageMediaType } from '../../../shared/contract/vocabulary.js';
import type { Db } from './open-database.js';

/** Migration 9: pictures (issue 12). Only media types that run no code reach the table. */
export const IMAGES_MIGRATION = `
  CREATE TABLE images (
    hash TEXT PRIMARY KEY CHECK (length(hash) = 64),
    media_type TEXT NOT NULL
      CHECK (media_type IN ('image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif', 'image/svg+xml')),
    data BLOB NOT NULL
  ) STRICT;

  CREATE TABLE source_images (
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    hash TEXT NOT NULL REFERENCES images(hash),
    PRIMARY KEY (source_id, hash)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX source_images_by_hash ON source_images(hash);

  CREATE TRIGGER images_go_with_last_source AFTER DELETE ON source_images
  WHEN NOT EXISTS (SELECT 1 FROM source_images WHERE hash = OLD.hash)
  BEGIN
    DELETE FROM images WHERE hash = OLD.hash;
  END;
`;

/** A picture as the importer found it: its bytes, their type and their SHA-256. */
export interface ImageFile {
  hash: string;
  mediaType: ImageMediaType;
  data: Uint8Array;
}

export class ImageStore {
  constructor(private readonly db: Db) {}

  /** The source shows exactly these pictures: those new to the library are stored, those it no longer shows go. */
  setSourceImages(sourceId: number, images: readonly ImageFile[]): void {
    const insertImage = this.db.prepare(
      'INSERT INTO images (hash, media_type, data) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    );
    const link = this.db.prepare(
      'INSERT INTO source_images (source_id, hash) VALUES (?, ?) ON CONFLICT DO NOTHING',
    );
    this.db.transaction(() => {
      for (const image of images) {
        insertImage.run(image.hash, image.mediaType, image.data);
        link.run(sourceId, image.hash);
      }
      // After the new links, so a picture the source keeps is never left without one.
      this.db
        .prepare(
          `DELETE FROM source_images WHERE source_id = ? AND hash NOT IN (SELECT value FROM json_each(?))`,
        )
        .run(sourceId, JSON.stringify(images.map((image) => image.hash)));
    })();
  }

  /** A stored picture's bytes and type; undefined when the library has no picture by that name. */
  get(hash: string): { mediaType: ImageMediaType; data: Buffer } | undefined {
    return this.db
      .prepare<[string], { mediaType: ImageMediaType; data: Buffer }>(
        'SELECT media_type AS mediaType, data FROM images WHERE hash = ?',
      )
      .get(hash);
  }

  /** The pictures each source shows (source id → hashes), for a backup. */
  bySource(): Map<number, string[]> {
    const shown = new Map<number, string[]>();
    const rows = this.db
      .prepare<[], { sourceId: number; hash: string }>(
        'SELECT source_id AS sourceId, hash FROM source_images ORDER BY source_id, hash',
      )
      .all();
    for (const { sourceId, hash } of rows) shown.set(sourceId, [...(shown.get(sourceId) ?? []), hash]);
    return shown;
  }

  /** Every picture, each once, in the order of their names. */
  all(): ImageFile[] {
    return this.db
      .prepare<[], ImageFile>('SELECT hash, media_type AS mediaType, data FROM images ORDER BY hash')
      .all();
  }
}
