import { said } from '../../shared/i18n/said.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { decodeText, textEncoding } from '../../main/node/import/decode-text.js';

const SAMPLE = '本报讯 记者报道，“剪报”读者 — reads English too.\n第二段。';

const decoded = (bytes: Uint8Array) => {
  const result = decodeText(bytes);
  assert.ok(result.ok, result.ok ? '' : result.reason.en);
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

test('binary and empty files are refused with a reason', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  assert.deepEqual(decodeText(png), {
    ok: false,
    reason: said('it is a binary file, not text', '这是二进制文件，不是文本'),
  });
  assert.deepEqual(decodeText(new TextEncoder().encode(' \n\t ')), {
    ok: false,
    reason: said('it contains no text', '其中没有文字'),
  });
});

test('any UTF-8 text decodes back to itself', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (text) => {
      fc.pre(
        text.trim() !== '' && !text.startsWith('\uFEFF') && !/[\u0000-\u0008\u000e-\u001f\r]/.test(text),
      );
      assert.deepEqual(decodeText(new TextEncoder().encode(text)), {
        ok: true,
        text,
        encoding: 'utf-8',
        guessed: false,
        unreadable: 0,
      });
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
  assert.match(result.ok ? '' : result.reason.en, /encoding could not be recognised.*save it as UTF-8/);
});

const LEGACY: { encoding: string; expected: string; text: string }[] = [
  {
    encoding: 'big5',
    expected: 'big5',
    text: '臺灣大學今天舉行畢業典禮。\n校長致詞，勉勵畢業生勇於面對挑戰。',
  },
  // 嘅, 佢, 哋 and 𠝹 are HKSCS only: Node's own Big5 decoder gives Private Use Area code points for them.
  {
    encoding: 'big5hkscs',
    expected: 'big5',
    text: '香港特區政府今日公佈新一輪資助計劃，佢哋話嘅啲市民都會受惠。\n立法會議員表示歡迎。𠝹',
  },
  {
    encoding: 'shift_jis',
    expected: 'shift_jis',
    text: '東京都は今日、来年度の予算案を発表しました。\n高齢者向けの交通支援を拡大するということです。',
  },
  {
    encoding: 'euc-kr',
    expected: 'euc-kr',
    text: '서울시는 오늘 내년도 예산안을 발표했습니다.\n고령자를 위한 교통 지원을 확대한다고 밝혔습니다.',
  },
  // Curly quotes, dashes and € are where Windows-1252 differs from ISO-8859-1 (and Node 20 reads the latter).
  {
    encoding: 'windows-1252',
    expected: 'windows-1252',
    text: 'Le café coûte 3 € — “très” cher, déjà.\nÜber alles, naïve Öl-Preise… ça va?',
  },
  { encoding: 'gbk', expected: 'gb18030', text: '人民日报' },
  { encoding: 'gbk', expected: 'gb18030', text: '江城市委召开全体会议\n林晓峰主持会议。' },
];

test('Big5, Big5-HKSCS, Shift-JIS, EUC-KR, Windows-1252 and GBK files are detected and decoded exactly', () => {
  for (const { encoding, expected, text } of LEGACY) {
    const result = decoded(iconv.encode(text, encoding));
    assert.equal(result.encoding, expected, encoding);
    assert.equal(result.text, text, encoding);
    assert.equal(result.guessed, true);
  }
});

test('every HKSCS character Node reads as private use comes out as iconv-lite Big5-HKSCS reads it', () => {
  let checked = 0;
  for (let lead = 0x87; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail > 0x7e && trail < 0xa1) continue;
      const bytes = new Uint8Array([lead, trail]);
      if (!/^[\ue000-\uf8ff]$/u.test(new TextDecoder('big5').decode(bytes))) continue;
      const expected = iconv.decode(Buffer.from(bytes), 'big5hkscs');
      if (expected.includes('\ufffd') || /[\ue000-\uf8ff]/u.test(expected)) continue;
      const result = decodeText(bytes, 'big5');
      assert.ok(result.ok);
      assert.equal(result.text, expected, `${lead.toString(16)}${trail.toString(16)}`);
      checked++;
    }
  }
  assert.ok(checked > 5000, `${checked}`);
});

test('UTF-16 LE and BE without a BOM are told by their NUL bytes, even wholly in CJK', () => {
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    for (const text of [SAMPLE, '一二三四五六七八九十，百千万。']) {
      const result = decoded(iconv.encode(text, encoding));
      assert.equal(result.encoding, encoding);
      assert.equal(result.text, text);
    }
  }
});

test('a chosen encoding is used as long as the bytes decode strictly in it, else refused in a sentence', () => {
  const big5 = iconv.encode(LEGACY[0]!.text, 'big5');
  assert.deepEqual(decodeText(big5, 'big5'), {
    ok: true,
    text: LEGACY[0]!.text,
    encoding: 'big5',
    guessed: true,
    unreadable: 0,
  });
  // Read as GB18030 by choice: no text check second-guesses the user, they see what they chose.
  assert.equal(decodeText(big5, 'gb18030').ok, true);
  assert.deepEqual(decodeText(iconv.encode('第二段却是GBK编码的文字，混在一起。', 'gbk'), 'shift_jis'), {
    ok: false,
    reason: said('its bytes are not valid shift_jis text', '它的内容不是有效的 shift_jis 文本'),
  });
  assert.deepEqual(decodeText(new Uint8Array([0x41, 0, 0x42, 0]), 'big5'), {
    ok: false,
    reason: said('it is a binary file, not text', '这是二进制文件，不是文本'),
  });
});

test('encoding names are taken as any TextDecoder label and mapped to the supported ones', () => {
  assert.equal(textEncoding('Big5-HKSCS'), 'big5');
  assert.equal(textEncoding('GBK'), 'gb18030');
  assert.equal(textEncoding('latin1'), 'windows-1252');
  assert.equal(textEncoding('sjis'), 'shift_jis');
  assert.equal(textEncoding('koi8-r'), undefined);
  assert.equal(textEncoding('nonsense'), undefined);
});

test('a file damaged in a byte or two is read, the bytes that cannot be counted; one damaged throughout is not', () => {
  const text = '国家统计局今天发布数据显示，今年前两个月，经济运行持续回升向好。\n'.repeat(40);
  const utf8 = new TextEncoder().encode(text);
  // A stray byte in the middle, and a file cut inside its last character.
  const at = new TextEncoder().encode(text.slice(0, 300)).length;
  const stray = new Uint8Array([...utf8.subarray(0, at), 0xff, ...utf8.subarray(at)]);
  const cut = utf8.subarray(0, utf8.length - 2);
  for (const bytes of [stray, cut]) {
    const read = decodeText(bytes);
    assert.ok(read.ok);
    assert.deepEqual([read.encoding, read.guessed, read.unreadable], ['utf-8', true, 1]);
    assert.equal([...read.text].filter((c) => c === '\ufffd').length, 1);
  }
  // GBK cut inside its last character.
  const gbk = iconv.encode(text.trimEnd(), 'gbk');
  const cutGbk = decodeText(gbk.subarray(0, gbk.length - 1));
  assert.ok(cutGbk.ok);
  assert.deepEqual([cutGbk.encoding, cutGbk.unreadable], ['gb18030', 1]);
  // Chosen by the user: read too, the damage counted.
  const chosen = decodeText(stray, 'utf-8');
  assert.ok(chosen.ok);
  assert.equal(chosen.unreadable, 1);
  // A stray byte on each of 15 lines: more than a damaged file has, and nothing is read in half.
  const ruined = new Uint8Array(
    text
      .split('\n')
      .flatMap((line, i) => [...(i < 15 ? [0xff] : []), ...new TextEncoder().encode(`${line}\n`)]),
  );
  assert.equal(decodeText(ruined).ok, false);
});

test('a short file, a file with a byte-order mark and UTF-16 without one are read when damaged in a place too', () => {
  // A sentence cut inside its last character: one place in a few dozen characters.
  const short = new TextEncoder().encode('你好世界，这是一个测试文本。');
  const cutShort = decodeText(short.subarray(0, short.length - 1));
  assert.ok(cutShort.ok);
  assert.deepEqual([cutShort.encoding, cutShort.unreadable], ['utf-8', 1]);
  const text = '国家统计局今天发布数据显示，经济运行持续回升向好。\n'.repeat(20);
  const utf8 = new TextEncoder().encode(text);
  const marked = decodeText(
    new Uint8Array([0xef, 0xbb, 0xbf, ...utf8.subarray(0, 45), 0xff, ...utf8.subarray(45)]),
  );
  assert.ok(marked.ok);
  assert.deepEqual([marked.encoding, marked.unreadable], ['utf-8', 1]);
  const utf16 = new Uint8Array(Buffer.from(text, 'utf16le'));
  const cutUtf16 = decodeText(utf16.subarray(0, utf16.length - 1));
  assert.ok(cutUtf16.ok);
  assert.deepEqual([cutUtf16.encoding, cutUtf16.unreadable], ['utf-16le', 1]);
});

test('ISO-2022-JP (Japanese mail, 7-bit) is read as such, not as UTF-8 with its escapes kept as text', () => {
  const text = '日本経済の見通し\n東京３月５日、内閣府は今日、今年の経済見通しを発表した。';
  // ISO-2022-JP spelled from EUC-JP: each run of two-byte characters, high bits off, between ESC $ B and ESC ( B.
  const euc = iconv.encode(text, 'euc-jp');
  const jis: number[] = [];
  let kanji = false;
  for (let i = 0; i < euc.length; i++) {
    const high = euc[i]! >= 0x80;
    if (high !== kanji) jis.push(...(high ? [0x1b, 0x24, 0x42] : [0x1b, 0x28, 0x42]));
    kanji = high;
    if (high) jis.push(euc[i]! & 0x7f, euc[++i]! & 0x7f);
    else jis.push(euc[i]!);
  }
  if (kanji) jis.push(0x1b, 0x28, 0x42);
  const result = decodeText(new Uint8Array(jis));
  assert.ok(result.ok);
  assert.deepEqual([result.encoding, result.text], ['iso-2022-jp', text]);
  assert.equal(textEncoding('ISO-2022-JP'), 'iso-2022-jp');
});

test('UTF-32 text is refused in a sentence, not read as UTF-16 with a NUL between its characters', () => {
  const units = [...'中国经济'].flatMap((c) => {
    const code = c.codePointAt(0)!;
    return [code & 0xff, code >> 8, 0, 0];
  });
  const result = decodeText(new Uint8Array([0xff, 0xfe, 0, 0, ...units]));
  assert.equal(result.ok, false);
  assert.match(result.ok ? '' : result.reason.en, /UTF-32.*save it as UTF-8/);
});
