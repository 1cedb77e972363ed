import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { decodeText } from '../../main/node/import/decode-text.js';

const SAMPLE = '本报讯 记者报道，“剪报”读者 — reads English too.\n第二段。';

const decoded = (bytes: Uint8Array) => {
  const result = decodeText(bytes);
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return result;
};

test('UTF-8 with and without BOM, CRLF folded to LF', () => {
  const plain = decoded(new TextEncoder().encode(SAMPLE.replace(/\n/g, '\r\n')));
  assert.equal(plain.text, SAMPLE);
  assert.equal(plain.encoding, 'utf-8');
  const withBom = decoded(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)]));
  assert.equal(withBom.text, SAMPLE);
});

test('UTF-16 LE and BE with a BOM', () => {
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const body = iconv.encode(SAMPLE, encoding);
    const bom = encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
    const result = decoded(new Uint8Array([...bom, ...body]));
    assert.equal(result.text, SAMPLE);
    assert.equal(result.encoding, encoding);
  }
});

test('GB18030 and GBK are detected, not assumed', () => {
  for (const encoding of ['gb18030', 'gbk']) {
    const result = decoded(iconv.encode(SAMPLE, encoding));
    assert.equal(result.text, SAMPLE);
    assert.equal(result.encoding, 'gb18030');
  }
});

test('binary, empty and undecodable files are refused with a reason', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  assert.deepEqual(decodeText(png), { ok: false, reason: 'it is a binary file, not text' });
  assert.deepEqual(decodeText(new TextEncoder().encode(' \n\t ')), {
    ok: false,
    reason: 'it contains no text',
  });
  const latin1 = iconv.encode('Café au lait, ça va? Très bien. Über alles ÄÖÜ ß. '.repeat(5), 'latin1');
  const result = decodeText(latin1);
  assert.equal(result.ok, false);
  assert.match(result.ok ? '' : result.reason, /encoding could not be recognised/);
});

test('any UTF-8 text decodes back to itself', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (text) => {
      fc.pre(
        text.trim() !== '' && !text.startsWith('\uFEFF') && !/[\u0000-\u0008\u000e-\u001f\r]/.test(text),
      );
      assert.deepEqual(decodeText(new TextEncoder().encode(text)), { ok: true, text, encoding: 'utf-8' });
    }),
  );
});

test('a file mixing UTF-8 and GBK is refused with a clear reason, never mangled silently', () => {
  const mixed = new Uint8Array([
    ...new TextEncoder().encode('第一段是UTF-8的文字。\n'),
    ...iconv.encode('第二段却是GBK编码的文字，混在一起。\n', 'gbk'),
  ]);
  const result = decodeText(mixed);
  assert.equal(result.ok, false);
  assert.match(result.ok ? '' : result.reason, /encoding could not be recognised.*save it as UTF-8/);
});
