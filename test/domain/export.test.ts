import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { marked } from 'marked';
import { parse as parseYaml } from 'yaml';
import {
  DEFAULT_TEMPLATES,
  exportFileName,
  notesToMarkdown,
  planExportFiles,
  renderArticleNotes,
  renderCollectionNotes,
  safeFileStem,
  templateError,
} from '../../main/domain/export/index.js';
import type { ExportAnnotation, ExportArticle } from '../../main/domain/export/index.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/export/${name}`, import.meta.url));

/** Compares with a golden file; `UPDATE_GOLDEN=1` rewrites it after a deliberate change. */
function assertGolden(name: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN) writeFileSync(fixture(name), actual);
  assert.equal(actual, readFileSync(fixture(name), 'utf8'));
}

const ARTICLE: ExportArticle = {
  id: 7,
  title: 'Harbour town votes to keep its ferry',
  authors: ['Lin Xiao', 'Tom Reyes'],
  sourceName: 'westmere-gazette.txt',
  byline: 'By Lin Xiao and Tom Reyes',
  date: '2024-05-01T09:30:00.000Z',
  text: 'The council of Westmere voted on Tuesday night to keep the old passenger ferry running.',
  tags: ['local news', 'transport'],
};

const ANNOTATIONS: ExportAnnotation[] = [
  {
    id: 12,
    start: 40,
    end: 86,
    quote: 'keep the old passenger ferry running',
    color: 'green',
    note: 'Five more years, **at least**.\n\nAsk about the bridge plan.',
    tags: ['ferry', 'follow up'],
  },
  { id: 3, start: 0, end: 23, quote: 'The council of Westmere', color: 'yellow', note: '' },
  {
    id: 15,
    start: 0,
    end: 9,
    quote: '#1 priority:\n\n- the boat',
    color: 'pink',
    note: 'Gone after the re-import.',
    orphaned: true,
  },
];

test('the default article template matches its golden file', () => {
  assertGolden('default-article.md', renderArticleNotes(ARTICLE, ANNOTATIONS));
});

test('the default collection template matches its golden file', () => {
  const markdown = renderCollectionNotes(
    { title: 'Tag: transport', id: 'jianbao-tag-transport', tags: ['transport'], date: '2024-06-01' },
    [
      { article: ARTICLE, annotations: ANNOTATIONS },
      {
        article: { ...ARTICLE, id: 8, title: '山村果园里的新农人', authors: ['陈雨'], tags: [] },
        annotations: [],
      },
    ],
  );
  assertGolden('default-collection.md', markdown);
});

test('front matter is valid YAML with the article fields and a content-based id', () => {
  const markdown = renderArticleNotes({ ...ARTICLE, title: 'Tag: "yes" # not a comment' }, []);
  const yaml = markdown.split('---\n')[1]!;
  assert.deepEqual(parseYaml(yaml), {
    title: 'Tag: "yes" # not a comment',
    authors: ['Lin Xiao', 'Tom Reyes'],
    source: 'westmere-gazette.txt',
    date: '2024-05-01',
    tags: ['local-news', 'transport'],
    id: `jianbao-${createHash('sha256').update(ARTICLE.text!).digest('hex').slice(0, 16)}`,
    link: 'jianbao://open/7',
  });
});

test('a highlight is a blockquote, then its block id on its own line, its note and its #tags', () => {
  const markdown = renderArticleNotes(ARTICLE, ANNOTATIONS);
  assert.ok(
    markdown.includes(
      '> keep the old passenger ferry running\n>\n> 🟩 green · [Open in Jianbao](jianbao://open/7#12)\n\n^jb-12\n\n' +
        'Five more years, **at least**.\n\nAsk about the bridge plan.\n\n#ferry #follow-up\n',
    ),
    markdown,
  );
  // Quoted text cannot turn into a heading, a list, a tag or a block id.
  assert.ok(markdown.includes('> \\#1 priority:\n>\n> \\- the boat\n'), markdown);
});

test('an edited template is used, and a broken one is reported', () => {
  const templates = { ...DEFAULT_TEMPLATES, highlight: '- {{color}}: {{{link}}}\n' };
  const markdown = renderArticleNotes(ARTICLE, ANNOTATIONS.slice(0, 1), templates);
  assert.ok(markdown.includes('- green: jianbao://open/7#12\n'));
  assert.equal(templateError(DEFAULT_TEMPLATES.article), null);
  assert.match(templateError('{{#highlights}} unclosed') ?? '', /Unclosed section/);
});

test('notesToMarkdown keeps its signature: the article import date and the default template', () => {
  const markdown = notesToMarkdown(
    {
      ...ARTICLE,
      authors: [...ARTICLE.authors],
      sourceId: 1,
      section: null,
      importedAt: '2025-01-02T03:04:05Z',
      position: 0,
      annotationCount: 1,
      date: null,
      read: false,
      archived: false,
      progress: null,
      lastReadAt: null,
      kicker: null,
      subtitle: null,
      byline: null,
      dateline: null,
      rubric: null,
      format: 'text',
      text: ARTICLE.text!,
      segments: [],
    },
    [
      {
        ...ANNOTATIONS[1]!,
        articleId: 7,
        kind: 'highlight',
        style: 'highlight',
        tags: [],
        status: 'anchored',
        color: 'yellow',
        prefix: '',
        suffix: '',
        createdAt: '',
        updatedAt: '',
      },
    ],
  );
  assert.ok(markdown.includes('\ndate: 2025-01-02\n'));
  assert.ok(
    markdown.includes(
      '\n# Harbour town votes to keep its ferry\n\nSource: westmere-gazette.txt\n\n> The council',
    ),
  );
  assert.equal(exportFileName({ id: 7, title: 'Harbour: town / ferry?' }), 'Harbour town ferry.md');
});

test('file names: illegal characters, reserved names, dots, length and empty titles', () => {
  assert.equal(safeFileStem('a/b\\c:d*e?f"g<h>i|j'), 'a b c d e f g h i j');
  assert.equal(safeFileStem('CON'), 'CON_');
  assert.equal(safeFileStem('lpt1.md'), 'lpt1_.md');
  assert.equal(safeFileStem('Aux .txt'), 'Aux_ .txt');
  assert.equal(safeFileStem('Auxiliary'), 'Auxiliary');
  assert.equal(safeFileStem('  ..hidden.  '), 'hidden');
  assert.equal(safeFileStem('...'), 'article');
  assert.equal(safeFileStem('\u202eevil\u202c'), 'evil');
  const long = safeFileStem('长'.repeat(200));
  assert.ok(new TextEncoder().encode(long).length <= 180 && long === '长'.repeat(60));
  assert.ok(!safeFileStem('👨‍👩‍👧'.repeat(40)).endsWith('\u200d'));
});

test('colliding titles (any case) all get their id, so names do not depend on order', () => {
  const plan = planExportFiles([
    { id: 1, title: 'News' },
    { id: 2, title: 'news' },
    { id: 3, title: 'Sport' },
    { id: 4, title: 'News (1)' },
  ]);
  assert.deepEqual(
    plan.map((file) => file.fileName),
    ['News (1).md', 'news (2).md', 'Sport.md', 'News (1) (4).md'],
  );
  const reversed = planExportFiles([
    { id: 4, title: 'News (1)' },
    { id: 3, title: 'Sport' },
    { id: 2, title: 'news' },
    { id: 1, title: 'News' },
  ]);
  assert.deepEqual(reversed.map((file) => file.fileName).sort(), plan.map((file) => file.fileName).sort());
});

test('property: planned names stay in the folder, are unique, portable and stable', () => {
  const title = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.constantFrom('..', '.', '../../etc/passwd', 'C:\\Windows', 'NUL', 'aux.txt', ' .. / .. ', 'CON '),
  );
  const requests = fc.uniqueArray(
    fc.record({
      id: fc.nat(20),
      title: fc.oneof(title, fc.constantFrom('A', 'a', 'A (1)', 'A (2) (3)', 'a (2)')),
    }),
    {
      selector: (r) => r.id,
      maxLength: 20,
    },
  );
  fc.assert(
    fc.property(requests, (list) => {
      const plan = planExportFiles(list);
      const names = plan.map((file) => file.fileName);
      for (const name of names) {
        assert.ok(!/[/\\]/.test(name) && name !== '.' && name !== '..', name);
        assert.ok(!/[<>:"|?*\p{Cc}]/u.test(name), name);
        assert.ok(!/[. ]$/.test(name) && !name.startsWith('.'), name);
        assert.ok(!/^(con|prn|aux|nul|com[\d¹²³]|lpt[\d¹²³])$/i.test(name.split('.')[0]!.trim()), name);
        assert.ok(new TextEncoder().encode(name).length <= 255, name);
        // Joining it to a folder and normalising cannot climb out.
        const joined = `/export/${name}`.split('/').filter((part) => part !== '' && part !== '.');
        assert.ok(!joined.includes('..') && joined[0] === 'export' && joined.length === 2, name);
      }
      assert.equal(new Set(names.map((name) => name.toLowerCase())).size, names.length);
      assert.deepEqual(planExportFiles(list), plan);
    }),
  );
});

test('a note on the whole article is exported as a note with its link, not as an empty quote', () => {
  const markdown = renderArticleNotes(ARTICLE, [
    {
      id: 40,
      start: 0,
      end: 0,
      quote: '',
      color: 'yellow',
      note: 'Compare with **last year**.',
      kind: 'note',
    },
  ]);
  assert.match(
    markdown,
    /\*\*Note on the article\*\* · \[Open in Jianbao\]\(jianbao:\/\/open\/7#40\)\n\n\^jb-40\n\nCompare with \*\*last year\*\*\./,
  );
  assert.doesNotMatch(markdown, /^>/m);
});

test('notes are exported as the reader shows them: raw HTML escaped, script and data links neutralised', () => {
  const note = [
    'Look <script>alert(1)</script> and <img src=x onerror=alert(1)>, a < b.',
    '[click](javascript:alert(1)) [vb](VBScript:msgbox) ![pic](data:image/png;base64,AAAA)',
    '[sly](java&#9;script&colon;alert(1)) <javascript:alert(2)> [ref][bad]',
    '',
    '[bad]: javascript:alert(3)',
    '',
    '<div onclick="x()">block</div>',
    '',
    'Kept: [site](https://example.org/a_(b)) <https://example.org> `<code>` \\<already>',
    '',
    '```',
    '<script>in a code block</script>',
    '```',
  ].join('\n');
  const markdown = renderArticleNotes(ARTICLE, [{ ...ANNOTATIONS[0]!, note }]);
  const exported = markdown.slice(markdown.indexOf('^jb-12'));
  // Any Markdown viewer that passes HTML through renders the note to inert text and safe links only.
  const html = String(marked.parse(exported, { async: false, gfm: true }));
  assert.doesNotMatch(html, /<(script|img|div)\b/iu, html);
  assert.doesNotMatch(html, /href="(javascript|vbscript|data)/iu, html);
  assert.doesNotMatch(exported, /\]\((javascript|vbscript|data|java&#9;)/iu);
  for (const kept of [
    'Look \\<script>alert(1)\\</script>',
    'click vb pic',
    'sly \\<javascript:alert(2)> [ref][bad]',
    '\\<div onclick',
    '[site](https://example.org/a_(b)) <https://example.org> `<code>` \\<already>',
    '```\n<script>in a code block</script>\n```',
  ])
    assert.ok(exported.includes(kept), `${kept}\n---\n${exported}`);
  assert.ok(!exported.includes('[bad]:'), exported);
});
