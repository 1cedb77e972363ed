/**
 * What a Markdown note keeps: front matter as metadata, heading levels, numbered and nested lists, code, quotes
 * and tables, each block's text exactly where its segment says in the canonical text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseDocument } from '../../main/domain/import/parse-document.js';
import { parseMarkdown } from '../../main/domain/import/markdown-article.js';
import { FIXTURE_PAGE } from '../support/temp-library.js';
import { splitFrontMatter } from '../../main/domain/import/front-matter.js';
import { articleSegments } from '../../shared/contract/segments.js';

const NOTE = `---
title: 港口贸易的一年
author:
  - 李伟
  - name: Jane Doe
date: 2024-05-04T08:00:00Z
tags: [ports, 贸易]
source: https://example.org/ports
---
# 港口贸易的一年

The port of **Ningbo** grew.

## Volumes
### By month
#### Week
##### Day
###### Hour

3. third
4. fourth
   - nested *a*
   - nested b

     more on b
5. fifth

- [x] checked
- [ ] open

> A quoted **line**.
>
> ![Quay](data:image/png;base64,iVBORw0KGgo= "The quay")

\`\`\`ts
  const tons = 1200;
\`\`\`

| City | Tons **2024** |
| --- | --- |
| Ningbo | 1,200 |
| 上海 \\| Shanghai | 900 |
`;

test('front matter gives the title, authors, date and tags, and none of it is text', () => {
  const { meta, articles } = parseMarkdown(NOTE, 'ports');
  const article = articles[0]!;
  assert.equal(article.title, '港口贸易的一年');
  assert.deepEqual(article.authors, ['李伟', 'Jane Doe']);
  assert.equal(article.byline, '李伟, Jane Doe');
  assert.equal(article.date, '2024-05-04');
  assert.deepEqual(article.tags, ['ports', '贸易']);
  assert.deepEqual(meta.source, ['https://example.org/ports']);
  const { text } = articleSegments(article);
  assert.doesNotMatch(text, /---|tags|2024-05-04|example\.org/);
  // The first heading repeated the title: it is not a heading of the text as well.
  assert.equal(text.split('港口贸易的一年').length, 2);
});

test('headings keep their level; lists their numbers, checkboxes and nesting', () => {
  const { blocks } = parseMarkdown(NOTE, 'ports').articles[0]!;
  assert.deepEqual(
    blocks.filter((block) => block.type === 'heading').map((block) => [block.text, block.level]),
    [
      ['Volumes', 2],
      ['By month', 3],
      ['Week', 4],
      ['Day', 5],
      ['Hour', 6],
    ],
  );
  assert.deepEqual(
    blocks
      .filter((block) => block.type === 'list-item')
      .map(({ text, level, marker, markdown }) => ({ text, level, marker, markdown })),
    [
      { text: 'third', level: undefined, marker: '3.', markdown: undefined },
      { text: 'fourth', level: undefined, marker: '4.', markdown: undefined },
      { text: 'nested a', level: 2, marker: undefined, markdown: 'nested *a*' },
      { text: 'nested b', level: 2, marker: undefined, markdown: undefined },
      { text: 'more on b', level: 2, marker: '', markdown: undefined },
      { text: 'fifth', level: undefined, marker: '5.', markdown: undefined },
      { text: 'checked', level: undefined, marker: '☑', markdown: undefined },
      { text: 'open', level: undefined, marker: '☐', markdown: undefined },
    ],
  );
});

test('quotes, pictures in them, code and tables keep their kind, and no two cells run together', () => {
  const { blocks } = parseMarkdown(NOTE, 'ports').articles[0]!;
  const after = blocks.slice(blocks.findIndex((block) => block.type === 'quote'));
  assert.deepEqual(
    after.map(({ type, text }) => [type, text]),
    [
      ['quote', 'A quoted line.'],
      ['figure', 'The quay'],
      ['code', '  const tons = 1200;'],
      ['paragraph', 'City\tTons 2024'],
      ['paragraph', 'Ningbo\t1,200'],
      ['paragraph', '上海 | Shanghai\t900'],
    ],
  );
  assert.equal(after[3]!.markdown, 'City\tTons **2024**');
});

test('every segment of the note is exactly where its offsets say', () => {
  const { segments, text } = articleSegments(parseMarkdown(NOTE, 'ports').articles[0]!);
  for (const segment of segments)
    assert.equal(text.slice(segment.start, segment.start + segment.text.length), segment.text);
  const item = segments.find((segment) => segment.text === 'nested a')!;
  assert.equal(item.level, 2);
  assert.equal(segments.find((segment) => segment.text === 'Hour')!.level, 6);
});

test('a title in the front matter that the first heading does not repeat leaves that heading in the text', () => {
  const { title, blocks } = parseMarkdown('---\ntitle: Notes\n---\n# Chapter one\n\nText.\n', 'x')
    .articles[0]!;
  assert.equal(title, 'Notes');
  assert.deepEqual(blocks[0], { type: 'heading', text: 'Chapter one', level: 1 });
});

test('a rule over prose is no front matter, and odd values are left out', () => {
  const prose = '---\nJust a line of prose.\n---\n\nMore.\n';
  assert.equal(splitFrontMatter(prose).matter, null);
  assert.deepEqual(
    parseMarkdown(prose, 'x').articles[0]!.blocks.map((block) => block.text),
    ['Just a line of prose.', 'More.'],
  );
  assert.equal(splitFrontMatter('---\ntitle: [unclosed\n---\nText\n').matter, null);
  const odd = splitFrontMatter('---\ndate: 2024-13-45\ntags: "#a b,c"\n---\n').matter!;
  assert.equal(odd.date, undefined);
  assert.deepEqual(odd.tags, ['a', 'b', 'c']);
  assert.deepEqual(splitFrontMatter('---\n---\nText').matter?.authors, []);
});

test('a .txt note written in Markdown is read as Markdown; a newspaper dump named .txt stays a page', () => {
  const note = '# First story\n\nThe first story is short.\n\n## More\n\nIt goes on.\n';
  const read = parseDocument('note.txt', note);
  assert.equal(read.format, 'markdown');
  assert.deepEqual(
    read.page.articles.map((a) => [a.title, a.blocks.map((b) => b.type)]),
    [['First story', ['paragraph', 'heading', 'paragraph']]],
  );
  const dump = readFileSync(FIXTURE_PAGE, 'utf8');
  assert.equal(parseDocument('page.txt', dump).kind, 'text');
  // One heading-like line in a long text is not enough.
  assert.equal(parseDocument('x.txt', `# tag\n${'A line of text.\n'.repeat(50)}`).kind, 'text');
});

test('raw HTML in a note shows its text: no script, style or comment, and inline tags part no words', () => {
  const page = parseMarkdown(
    [
      '# Note',
      '',
      '<div class="note"><b>注意</b>：这是<em>内嵌</em>内容。</div>',
      '',
      "<script>alert('xss')</script>",
      '',
      '<style>body { display: none }</style>',
      '',
      '<!-- a comment the page never shows -->',
      '',
      '<div>One</div><div>AT&amp;T</div>',
    ].join('\n'),
    'note',
  );
  assert.deepEqual(
    page.articles[0]!.blocks.map((b) => b.text),
    ['注意：这是内嵌内容。', 'One AT&T'],
  );
});
