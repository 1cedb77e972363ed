// What a line is on its own, before context decides between headline, subhead and body. Stored on the line.
import type { Credit } from './byline';
import type { FurnitureItem } from './furniture';

export type LineRole =
  | { readonly kind: 'furniture'; readonly items: FurnitureItem[] }
  | { readonly kind: 'section'; readonly label: string }
  | { readonly kind: 'marker' }
  | { readonly kind: 'byline'; readonly credit: Credit }
  | { readonly kind: 'rubric'; readonly label: string }
  | { readonly kind: 'text' };

export type LineKind = LineRole['kind'];

/** Shared by every text line (most of a page): a role without payload costs no allocation. */
export const TEXT_ROLE: LineRole = Object.freeze({ kind: 'text' });
/** Likewise for continuation markers. */
export const MARKER_ROLE: LineRole = Object.freeze({ kind: 'marker' });
