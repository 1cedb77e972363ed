// The pictures of a parsed page, taken into the library. Readers make each figure block with the address its
// picture had in the document (`figure.src`); this pass finds the bytes the document itself holds for it (a
// data: URI, an MHTML part, an EPUB entry, a Word file's media), keeps those of a safe type by their SHA-256,
// and leaves every other figure a placeholder with its address. Nothing is ever fetched: a remote picture the
// file does not hold stays an address.
import { said } from '../../../../shared/i18n/said.js';
import { createHash } from 'node:crypto';
import type { Figure, ParsedBlock, ParsedPage } from '../../../../shared/contract/article.js';
import { DocumentRefusal } from '../page-result.js';
import type { ImageMediaType } from '../../../../shared/contract/vocabulary.js';
import { imageType } from './image-types.js';

export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
const MAX_IMAGES_PER_FILE_BYTES = 200 * 1024 * 1024;

export interface StoredImage {
  /** SHA-256 of the bytes, lowercase hex: the picture's name in the library. */
  hash: string;
  mediaType: ImageMediaType;
  data: Uint8Array;
}

/** The bytes a document holds for a picture's address, if it holds them. */
export type ImageSource = (src: string) => Uint8Array | undefined;

const DATA_URI = /^data:([^,]*?),/i;
/** An address with a scheme, or one relative to the scheme (`//host/…`): outside the document. */
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** A data: URI's bytes (base64 or percent-encoded), or undefined when it is malformed. */
function dataUriBytes(uri: string): Uint8Array | undefined {
  const header = DATA_URI.exec(uri);
  if (!header) return undefined;
  const payload = uri.slice(header[0].length);
  if (/;base64$/i.test(header[1]!)) {
    const clean = payload.replace(/\s+/g, '');
    return /^[A-Za-z0-9+/_-]*={0,2}$/.test(clean) ? new Uint8Array(Buffer.from(clean, 'base64')) : undefined;
  }
  try {
    return new TextEncoder().encode(decodeURIComponent(payload));
  } catch {
    return undefined;
  }
}

/** A size in MB as a refusal gives it: a limit whole, a file's size to a tenth. */
function megabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** A short name for a picture in a refusal: its address, or "a picture in a data: URI". */
function named(src: string): string {
  return src.startsWith('data:') ? 'a picture embedded in it' : `the picture ${src.slice(0, 120)}`;
}

class ImageCollector {
  readonly images = new Map<string, StoredImage>();
  private total = 0;

  constructor(private readonly source: ImageSource | undefined) {}

  figure({ src, alt }: Figure): Figure {
    if (src === undefined) return { image: null, alt };
    const isData = /^data:/i.test(src);
    const bytes = isData ? dataUriBytes(src) : this.source?.(src);
    const mediaType = bytes && imageType(bytes);
    // Neither held nor of a kept type: a placeholder naming the address (a data: URI names nothing useful).
    if (!bytes || !mediaType) return isData ? { image: null, alt } : { image: null, alt, src };
    return { image: this.keep(src, bytes, mediaType), alt };
  }

  private keep(src: string, data: Uint8Array, mediaType: ImageMediaType): string {
    if (data.byteLength > MAX_IMAGE_BYTES)
      throw new DocumentRefusal(
        said(
          `${named(src)} is ${megabytes(data.byteLength)}; pictures up to ${megabytes(MAX_IMAGE_BYTES)} are kept`,
          `${named(src)} 有 ${megabytes(data.byteLength)}；只保存不超过 ${megabytes(MAX_IMAGE_BYTES)} 的图片`,
        ),
      );
    const hash = createHash('sha256').update(data).digest('hex');
    if (this.images.has(hash)) return hash;
    this.total += data.byteLength;
    if (this.total > MAX_IMAGES_PER_FILE_BYTES)
      throw new DocumentRefusal(
        said(
          `its pictures come to more than ${megabytes(MAX_IMAGES_PER_FILE_BYTES)}, the most one file may bring`,
          `它的图片合计超过 ${megabytes(MAX_IMAGES_PER_FILE_BYTES)}，超出了一个文件的上限`,
        ),
      );
    this.images.set(hash, { hash, mediaType, data });
    return hash;
  }
}

/** Whether a picture's address points outside the document (another site, another scheme). */
export function isExternalAddress(src: string): boolean {
  return EXTERNAL.test(src.trim()) && !/^data:/i.test(src.trim());
}

/**
 * The page with each figure's picture stored or made a placeholder, and the pictures to store (each once).
 * Throws DocumentRefusal when a picture, or all of them together, is over its cap.
 */
export function collectImages(
  page: ParsedPage,
  source?: ImageSource,
): { page: ParsedPage; images: StoredImage[] } {
  const collector = new ImageCollector(source);
  const block = (b: ParsedBlock): ParsedBlock =>
    b.type === 'figure' && b.figure ? { ...b, figure: collector.figure(b.figure) } : b;
  const articles = page.articles.map((article) => ({ ...article, blocks: article.blocks.map(block) }));
  return { page: { ...page, articles }, images: [...collector.images.values()] };
}
