import { isSpaceCode } from '../page/lines.js';

/**
 * The lines of a text as `text.split('\n')` gives them, kept as offsets and cut out of the text only when read:
 * a pass over a long page that looks at few of its lines allocates nothing for the others.
 */
export class LineTable {
  readonly length: number;
  /** Where each line starts; one more entry, one past the end of the text plus its missing break. */
  private readonly starts: Int32Array;
  /** The first space at or after some offset, remembered as lines are asked about in order. */
  private spaceFrom = -1;
  private spaceAt = -1;

  constructor(readonly text: string) {
    let starts: Int32Array = new Int32Array(64);
    let count = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      if (count + 1 >= starts.length) starts = grown(starts);
      starts[count++] = at + 1;
    }
    starts[count] = text.length + 1;
    this.length = count;
    this.starts = starts;
  }

  private start(i: number): number {
    return this.starts[i] ?? 0;
  }

  private end(i: number): number {
    return (this.starts[i + 1] ?? 1) - 1;
  }

  /** Line i; '' outside the text. */
  at(i: number): string {
    return i >= 0 && i < this.length ? this.text.slice(this.start(i), this.end(i)) : '';
  }

  /** Lines [first, end) with their breaks, as one string. */
  slice(first: number, end: number): string {
    return this.text.slice(this.start(first), this.end(end - 1));
  }

  /** Whether line i holds only whitespace (what `trim` removes); a line outside the text is blank. */
  blank(i: number): boolean {
    if (i < 0 || i >= this.length) return true;
    for (let at = this.start(i); at < this.end(i); at++)
      if (!isSpaceCode(this.text.charCodeAt(at))) return false;
    return true;
  }

  /** Whether line i holds a space (U+0020). Cheap when lines are asked about in order. */
  hasSpace(i: number): boolean {
    if (i < 0 || i >= this.length) return false;
    const start = this.start(i);
    if (this.spaceAt < start || this.spaceFrom > start) {
      this.spaceFrom = start;
      this.spaceAt = this.text.indexOf(' ', start);
      if (this.spaceAt < 0) this.spaceAt = this.text.length;
    }
    return this.spaceAt < this.end(i);
  }
}

function grown(array: Int32Array): Int32Array {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}
