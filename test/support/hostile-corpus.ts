/**
 * The hostile-file corpus, generated (nothing of it is committed): text cut short or in mixed and
 * exotic encodings, binary files named as text, NUL bytes, a 50 MB single line, deeply nested Markdown
 * and HTML, zip bombs and broken packages, broken PDFs, hostile web pages and file names. Each entry is
 * a file as the import takes it. Deterministic: the same files on every run.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import iconv from 'iconv-lite';
import { buildDocx, buildEpub, docxParagraph } from './packaged-documents.js';
import { hostilePdf } from './hostile-pdf.js';

export interface HostileFile {
  name: string;
  data: Uint8Array<ArrayBuffer>;
}

const MIB = 1024 * 1024;
const ZH = '新华社江城电 沿江码头发展座谈会在晨光召开。会议指出，要坚持统筹规划、有序建设。\n\n';
const EN = 'The council said on Monday that work on the new harbour wall would begin next spring.\n\n';
const STORY = `# 沿江码头\n\n${ZH.repeat(8)}${EN.repeat(4)}`;

const bytes = (data: ArrayLike<number>) => Uint8Array.from(data);
const utf8 = (text: string) => bytes(strToU8(text));
const encoded = (text: string, encoding: string) => bytes(iconv.encode(text, encoding));
const concat = (...parts: ArrayLike<number>[]) => bytes(parts.flatMap((part) => Array.from(part)));
const cut = (data: Uint8Array, at: number) => bytes(data.subarray(0, Math.floor(at)));

/** Reproducible noise (xorshift), so a failing file can be made again. */
function noise(length: number, seed: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  let x = seed || 1;
  for (let i = 0; i < length; i += 1) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

function encodings(): HostileFile[] {
  const story = utf8(STORY);
  const utf16 = encoded(STORY, 'utf16le');
  const gbk = encoded(STORY.replace(/[^\u0000-\uffff]/gu, ''), 'gb18030');
  const files: HostileFile[] = [
    { name: 'cut-mid-character.txt', data: cut(story, story.indexOf(0xe9) + 1) },
    { name: 'cut-mid-character.md', data: cut(story, story.length / 2 + 1) },
    { name: 'cut-mid-character.html', data: concat(utf8('<html><body><p>'), cut(story, 301)) },
    { name: 'utf16le-bom-odd.txt', data: concat([0xff, 0xfe], cut(utf16, utf16.length - 1)) },
    { name: 'utf16be-no-bom.txt', data: encoded(STORY, 'utf16be') },
    { name: 'utf16le-no-bom.md', data: utf16 },
    { name: 'gb18030-cut.txt', data: cut(gbk, gbk.length / 3 + 1) },
    { name: 'utf8-then-gbk.txt', data: concat(cut(story, 400), encoded(ZH, 'gbk')) },
    { name: 'gbk-then-utf8.md', data: concat(encoded(ZH, 'gbk'), utf8(ZH)) },
    {
      name: 'shift-jis.txt',
      data: encoded('日本語の記事です。東京で会議が開かれた。\n'.repeat(20), 'shift_jis'),
    },
    { name: 'euc-kr.txt', data: encoded('서울에서 회의가 열렸다.\n'.repeat(20), 'euc-kr') },
    { name: 'windows-1252.txt', data: encoded(`“Quoted” – café naïve ${EN}`.repeat(5), 'win1252') },
    { name: 'utf8-bom-then-utf16.txt', data: concat([0xef, 0xbb, 0xbf], utf16) },
    { name: 'utf32-bom.txt', data: concat([0xff, 0xfe, 0x00, 0x00], encoded('ab', 'utf16le')) },
    { name: 'bom-only.txt', data: bytes([0xef, 0xbb, 0xbf]) },
    { name: 'utf16-bom-only.md', data: bytes([0xfe, 0xff]) },
    { name: 'overlong-utf8.txt', data: concat(utf8('Title\n\n'), [0xc0, 0xaf, 0xe0, 0x80, 0xaf], utf8(EN)) },
    { name: 'encoded-surrogate.txt', data: concat(utf8('Title\n\n'), [0xed, 0xa0, 0x80], utf8(EN)) },
    { name: 'lone-ff-fe.md', data: bytes([0xff, 0xfe, 0x41]) },
    { name: 'latin1-with-nul.txt', data: concat(encoded('Ünïcödé\n\n', 'latin1'), [0], utf8(EN)) },
  ];
  // The same story cut at every eighth of its length, in each Unicode form.
  for (const [form, data] of [
    ['utf8', story],
    ['utf16', concat([0xff, 0xfe], utf16)],
  ] as const) {
    for (let eighth = 1; eighth < 8; eighth += 1) {
      files.push({ name: `${form}-cut-${eighth}of8.txt`, data: cut(data, (data.length * eighth) / 8 + 1) });
    }
  }
  return files;
}

function binaryAsText(): HostileFile[] {
  const extensions = ['txt', 'md', 'markdown', 'html', 'htm', 'mhtml', 'epub', 'docx', 'pdf', 'text'];
  const files = extensions.map((ext, i) => ({ name: `noise.${ext}`, data: noise(4096 + i * 997, i + 7) }));
  const magic: [string, number[]][] = [
    ['elf', [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]],
    ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['gzip', [0x1f, 0x8b, 8, 0]],
    ['sqlite', Array.from(strToU8('SQLite format 3\0'))],
    ['exe', [0x4d, 0x5a, 0x90, 0]],
    ['jpeg', [0xff, 0xd8, 0xff, 0xe0]],
  ];
  for (const [kind, header] of magic) {
    files.push({ name: `${kind}-named.txt`, data: concat(header, noise(2000, header.length)) });
    files.push({ name: `${kind}-named.md`, data: concat(header, utf8(STORY)) });
  }
  return files;
}

function nulsAndSizes(): HostileFile[] {
  const story = utf8(STORY);
  return [
    { name: 'nul-sprinkled.txt', data: bytes(Array.from(story).flatMap((b, i) => (i % 50 ? [b] : [0, b]))) },
    { name: 'all-nul.txt', data: new Uint8Array(10_000) },
    { name: 'nul-first.md', data: concat([0], story) },
    { name: 'one-nul-in-middle.txt', data: concat(cut(story, 200), [0], story.subarray(200)) },
    { name: 'utf16-nul-chars.txt', data: concat([0xff, 0xfe], encoded(`a\0b\0${EN}`, 'utf16le')) },
    { name: 'empty.txt', data: new Uint8Array(0) },
    { name: 'one-byte.md', data: utf8('x') },
    { name: 'whitespace-only.txt', data: utf8(' \n\t\r\n   \n'.repeat(1000)) },
    { name: 'newlines-only.txt', data: utf8('\n'.repeat(2 * MIB)) },
    { name: 'single-line-50mb.txt', data: new Uint8Array(50 * MIB).fill(0x61) },
    { name: 'over-the-limit.txt', data: new Uint8Array(50 * MIB + 1).fill(0x62) },
    { name: 'single-line-chinese.md', data: utf8('长'.repeat(3 * MIB)) },
    { name: 'million-short-lines.txt', data: utf8('短\n'.repeat(1_000_000)) },
    { name: 'long-words.txt', data: utf8(`${'x'.repeat(100_000)} `.repeat(20)) },
    // Lines that read as a row of a web page's buttons up to their last character: a pattern that can split the
    // gaps between the buttons in many ways tries every split before it gives a line up.
    {
      name: 'almost-buttons.txt',
      data: utf8(`${'Share     '.repeat(8)}x\n${'分享 '.repeat(25)}x\n`.repeat(300)),
    },
  ];
}

function nestedMarkdown(): HostileFile[] {
  const deep = 20_000;
  return [
    { name: 'quotes-deep.md', data: utf8(`# Deep\n\n${'>'.repeat(deep)} text\n`) },
    {
      name: 'lists-deep.md',
      data: utf8(Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')),
    },
    { name: 'brackets.md', data: utf8(`# B\n\n${'['.repeat(100_000)}x${']('.repeat(50_000)}`) },
    { name: 'emphasis.md', data: utf8(`# E\n\n${'*_'.repeat(100_000)}x`) },
    { name: 'html-in-markdown.md', data: utf8(`# H\n\n${'<div>'.repeat(50_000)}text`) },
    { name: 'headings-only.md', data: utf8('# \n'.repeat(100_000)) },
    { name: 'hashes.md', data: utf8(`${'#'.repeat(100_000)} title\n\ntext`) },
    { name: 'open-fence.md', data: utf8(`# F\n\n\`\`\`\n${'code\n'.repeat(100_000)}`) },
    {
      name: 'wide-table.md',
      data: utf8(`# T\n\n|${'a|'.repeat(10_000)}\n|${'-|'.repeat(10_000)}\n|${'1|'.repeat(10_000)}\n`),
    },
    {
      name: 'link-bomb.md',
      data: utf8(`# L\n\n${'[x]: javascript:alert(1)\n'.repeat(10_000)}${'[x] '.repeat(10_000)}`),
    },
    { name: 'setext-flood.md', data: utf8('a\n=\n'.repeat(50_000)) },
    {
      name: 'front-matter-bomb.md',
      data: utf8(
        `---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\n# Title\n\n${EN}`,
      ),
    },
  ];
}

function hostileHtml(): HostileFile[] {
  const page = (body: string, head = '<meta charset="utf-8"><title>T</title>') =>
    utf8(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
  const article = `<article><h1>Harbour</h1><p>${EN.repeat(5)}</p></article>`;
  return [
    { name: 'nested-divs.html', data: page(`${'<div>'.repeat(100_000)}${article}`) },
    { name: 'script-only.html', data: page('<script>while(true){}</script>') },
    { name: 'utf7.html', data: page(article, '<meta charset="utf-7">+ADw-script+AD4-') },
    { name: 'unknown-charset.html', data: page(article, '<meta charset="x-no-such-thing">') },
    { name: 'declared-gbk-is-utf8.html', data: page(`<p>${ZH}</p>`, '<meta charset="gbk">') },
    { name: 'huge-attribute.html', data: page(`<p title="${'a'.repeat(5 * MIB)}">x</p>${article}`) },
    { name: 'entity-flood.html', data: page(`<p>${'&amp;&#x10FFFF;&#0;&bogus;'.repeat(20_000)}</p>`) },
    { name: 'unclosed-comment.html', data: utf8(`<html><body><!-- ${article}`) },
    { name: 'iframes.html', data: page(`<iframe srcdoc="<script>parent.x=1</script>"></iframe>${article}`) },
    {
      name: 'svg-onload.htm',
      data: page(`<svg onload="alert(1)"><script>alert(2)</script></svg>${article}`),
    },
    {
      name: 'meta-refresh.html',
      data: page(article, '<meta http-equiv="refresh" content="0;url=file:///etc/passwd">'),
    },
    {
      name: 'base-javascript.html',
      data: page(`<a href="x">x</a>${article}`, '<base href="javascript:alert(1)//">'),
    },
    { name: 'empty.html', data: utf8('<html></html>') },
    { name: 'doctype-only.htm', data: utf8('<!doctype html>') },
    {
      name: 'broken-boundary.mhtml',
      data: utf8(
        'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--c\r\nContent-Type: text/html\r\n\r\n<p>x</p>',
      ),
    },
    {
      name: 'mhtml-no-parts.mhtml',
      data: utf8('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b--\r\n'),
    },
    {
      name: 'mhtml-base64-garbage.mhtml',
      data: utf8(
        `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!\r\n--b--\r\n`,
      ),
    },
    {
      name: 'xml-bomb.html',
      data: utf8(
        `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><html><body><p>&c;</p>${article}</body></html>`,
      ),
    },
  ];
}

/** A deflated run of zeros that expands past the 200 MB the zip reader allows, made once (it takes a second). */
let bombBytes: Uint8Array | undefined;
const zeros = () => (bombBytes ??= new Uint8Array(201 * MIB));

function zip(files: Zippable): Uint8Array<ArrayBuffer> {
  return bytes(zipSync(files));
}

function packages(): HostileFile[] {
  const epub = buildEpub({
    version: 3,
    title: 'Book',
    authors: ['A'],
    language: 'en',
    chapters: [{ file: 'c1.xhtml', tocTitle: 'One', body: `<p>${EN}</p>` }],
  });
  const docx = buildDocx({ body: docxParagraph(EN) });
  const epubBomb = zip({
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'OEBPS/huge.xhtml': zeros(),
  });
  // The same bomb claiming, in its central directory, to hold a few bytes.
  const lying = epubBomb.slice();
  const view = new DataView(lying.buffer);
  for (let at = lying.length - 22; at >= 0; at -= 1) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    view.setUint32(at + 24, 100, true);
  }
  const manyEntries: Zippable = {};
  for (let i = 0; i < 20_000; i += 1) manyEntries[`f${i}.txt`] = strToU8('x');
  return [
    { name: 'bomb.epub', data: epubBomb },
    {
      name: 'bomb.docx',
      data: zip({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': zeros() }),
    },
    { name: 'lying-sizes.epub', data: lying },
    {
      name: 'zip-in-zip.epub',
      data: zip({ mimetype: strToU8('application/epub+zip'), 'inner.zip': epubBomb }),
    },
    { name: 'many-entries.docx', data: zip(manyEntries) },
    {
      name: 'path-escape.epub',
      data: zip({ mimetype: strToU8('application/epub+zip'), '../../evil.xhtml': strToU8('x') }),
    },
    {
      name: 'absolute-path.docx',
      data: zip({ '/etc/passwd': strToU8('x'), 'word/document.xml': strToU8('<w:document/>') }),
    },
    { name: 'no-container.epub', data: zip({ mimetype: strToU8('application/epub+zip') }) },
    { name: 'empty.epub', data: zip({}) },
    { name: 'cut-half.epub', data: cut(epub, epub.length / 2) },
    { name: 'cut-end.docx', data: cut(docx, docx.length - 10) },
    { name: 'cut-start.docx', data: bytes(docx.subarray(30)) },
    { name: 'epub-as-docx.docx', data: epub },
    { name: 'docx-as-epub.epub', data: docx },
    { name: 'zip-named.txt', data: docx },
    {
      name: 'billion-laughs.docx',
      data: zip({
        '[Content_Types].xml': strToU8('<Types/>'),
        'word/document.xml': strToU8(
          `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "${'a'.repeat(100)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><d>&b;</d>`,
        ),
      }),
    },
    { name: 'fine.epub', data: epub },
    { name: 'fine.docx', data: docx },
  ];
}

function pdfs(): HostileFile[] {
  const pdf = bytes(hostilePdf());
  const text = new TextDecoder('latin1').decode(pdf);
  const files: HostileFile[] = [1, 3, 5, 7, 9].map((tenth) => ({
    name: `cut-${tenth}of10.pdf`,
    data: cut(pdf, (pdf.length * tenth) / 10),
  }));
  files.push(
    { name: 'header-only.pdf', data: utf8('%PDF-1.7\n') },
    { name: 'header-then-noise.pdf', data: concat(utf8('%PDF-1.4\n'), noise(8000, 99)) },
    { name: 'bad-xref.pdf', data: utf8(text.replace(/startxref\n\d+/u, 'startxref\n999999999')) },
    { name: 'self-prev-xref.pdf', data: utf8(text.replace('trailer\n<<', 'trailer\n<< /Prev 9 ')) },
    { name: 'huge-count.pdf', data: utf8(text.replace('/Count 1', '/Count 2147483647')) },
    { name: 'page-loop.pdf', data: utf8(text.replace('/Kids [3 0 R]', '/Kids [2 0 R]')) },
    {
      name: 'encrypt-claim.pdf',
      data: utf8(text.replace('trailer\n<<', 'trailer\n<< /Encrypt << /Filter /Standard /V 5 >> ')),
    },
    { name: 'pdf-named.txt', data: pdf },
    { name: 'hostile.pdf', data: pdf },
  );
  return files;
}

function hostileNames(): HostileFile[] {
  const data = utf8(`Harbour\n\n${EN}`);
  return [
    '../../etc/passwd.txt',
    'CON.txt',
    `${'长'.repeat(300)}.txt`,
    'a\u202Etxt.exe.md',
    'no-extension',
    '.hidden.md',
    'tab\tand\nnewline.txt',
  ].map((name, i) => ({ name, data: concat(data, utf8(` ${i}`)) }));
}

/** Every file of the corpus. */
export function hostileCorpus(): HostileFile[] {
  return [
    ...encodings(),
    ...binaryAsText(),
    ...nulsAndSizes(),
    ...nestedMarkdown(),
    ...hostileHtml(),
    ...packages(),
    ...pdfs(),
    ...hostileNames(),
  ];
}
