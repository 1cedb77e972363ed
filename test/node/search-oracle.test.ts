/**
 * The search index against a brute-force oracle: random corpora and queries, and the set of
 * articles found must equal the set a regular expression over the normalised texts finds. The
 * oracle is written from the specification (main/domain/search/query.ts, tokens.ts), not from the
 * tokenizer: Chinese matches as a substring with spaces ignored, English as whole words or prefixes,
 * punctuation and line breaks are boundaries, widths and case fold.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { storedArticle, tempLibrary } from '../support/temp-library.js';
import { SearchIndex } from '../../main/node/storage/search-index.js';
import { packText } from '../../main/node/storage/compact-text.js';
import type { NewArticle } from '../../main/node/storage/library-store.js';
import { normalise } from '../../main/domain/search/normalise.js';
import { parseQuery } from '../../main/domain/search/query.js';
import { findHits } from '../../main/domain/search/find-hits.js';

const HAN = [...'国歌中人民发布的'];
const CJK_PUNCTUATION = [...'，。、「」'];
const ASCII_PUNCTUATION = [...',.-'];
const WORDS = ['iPhone', 'annotate', 'annotation', 'annual', 'apple', 'app', '2024'];
const TAGS = ['经济', 'Politics', 'tech news'];

const toFullWidth = (text: string) =>
  [...text]
    .map((char) => (char >= '!' && char <= '~' ? String.fromCharCode(char.charCodeAt(0) + 0xfee0) : char))
    .join('');

/** A word as it may be written: any case, half- or full-width. */
const writtenWord = fc
  .tuple(fc.constantFrom(...WORDS), fc.constantFrom('as is', 'upper', 'full', 'full upper'))
  .map(([word, style]) => {
    const cased = style.includes('upper') ? word.toUpperCase() : word;
    return style.startsWith('full') ? toFullWidth(cased) : cased;
  });

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HAN) },
  { weight: 2, arbitrary: fc.constantFrom(...CJK_PUNCTUATION, ...ASCII_PUNCTUATION) },
  { weight: 3, arbitrary: writtenWord },
  { weight: 3, arbitrary: fc.constantFrom(' ', ' ', '\u3000', '\n', '\n\n') },
);
const text = (maxLength: number) =>
  fc.array(piece, { minLength: 1, maxLength }).map((parts) => parts.join(''));

interface CorpusArticle {
  title: string;
  text: string;
  notes: string[];
  tags: string[];
  deleted?: boolean;
}
const corpus = fc.array(
  fc.record({
    title: text(6),
    text: text(40),
    notes: fc.array(text(8), { maxLength: 2 }),
    tags: fc.uniqueArray(fc.constantFrom(...TAGS), { maxLength: 2 }),
  }),
  { minLength: 1, maxLength: 8 },
);

/** Changes made after the import; the index must follow each exactly. */
type Mutation =
  | { kind: 'text'; article: number; text: string }
  | { kind: 'add note' | 'edit note'; article: number; text: string }
  | { kind: 'delete note' | 'delete article'; article: number }
  | { kind: 'tags'; article: number; tags: string[] }
  | { kind: 'rename tag'; tag: number };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('text' as const), article: fc.nat(7), text: text(30) }),
  fc.record({
    kind: fc.constantFrom('add note' as const, 'edit note' as const),
    article: fc.nat(7),
    text: text(8),
  }),
  fc.record({ kind: fc.constantFrom('delete note' as const, 'delete article' as const), article: fc.nat(7) }),
  fc.record({
    kind: fc.constant('tags' as const),
    article: fc.nat(7),
    tags: fc.uniqueArray(fc.constantFrom(...TAGS), { maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('rename tag' as const), tag: fc.nat(TAGS.length - 1) }),
);

interface QueryTerm {
  text: string;
  prefix: boolean;
  quoted: boolean;
  negated: boolean;
}

const hanRun = (min: number, max: number) =>
  fc.array(fc.constantFrom(...HAN), { minLength: min, maxLength: max }).map((chars) => chars.join(''));
const termText = fc.oneof(
  hanRun(1, 4),
  // punctuation inside a Chinese term, which must match exactly: 国，歌 is not 国歌
  fc
    .tuple(hanRun(1, 2), fc.constantFrom(...CJK_PUNCTUATION, ','), hanRun(1, 2))
    .map((parts) => parts.join('')),
  // mixed: iPhone发布
  fc.tuple(writtenWord, hanRun(1, 2)).map((parts) => parts.join('')),
  writtenWord,
  // punctuation at the edges is dropped: 「国歌」 searches 国歌
  fc
    .tuple(fc.constantFrom(...CJK_PUNCTUATION), hanRun(1, 3), fc.constantFrom(...CJK_PUNCTUATION))
    .map((parts) => parts.join('')),
);
const term: fc.Arbitrary<QueryTerm> = fc.oneof(
  fc.record({
    text: termText,
    prefix: fc.constant(false),
    quoted: fc.constant(false),
    negated: fc.boolean(),
  }),
  // English prefix: annot*
  fc.record({
    text: fc
      .tuple(fc.constantFrom(...WORDS), fc.integer({ min: 1, max: 5 }))
      .map(([word, length]) => word.slice(0, length)),
    prefix: fc.constant(true),
    quoted: fc.constant(false),
    negated: fc.constant(false),
  }),
  // a quoted phrase of two parts with a space between
  fc.record({
    text: fc.tuple(termText, termText).map(([a, b]) => `${a} ${b}`),
    prefix: fc.boolean(),
    quoted: fc.constant(true),
    negated: fc.boolean(),
  }),
);

function queryString(terms: readonly QueryTerm[]): string {
  return terms
    .map((t) => `${t.negated ? '-' : ''}${t.quoted ? `"${t.text}"` : t.text}${t.prefix ? '*' : ''}`)
    .join(' ');
}

const WORD_CHAR = /[a-z0-9]/;
const HAN_CHAR = /\p{Script=Han}/u;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/** The regular expression a term means over normalised text, or null if it has nothing to find. */
function oracleRegex(term: QueryTerm): RegExp | null {
  const units = normalise(term.text).match(/[a-z0-9]+|\S/gu) ?? [];
  const isPunctuation = (unit: string) => !WORD_CHAR.test(unit) && !HAN_CHAR.test(unit);
  while (units.length > 0 && isPunctuation(units[0]!)) units.shift();
  while (units.length > 0 && isPunctuation(units[units.length - 1]!)) units.pop();
  if (units.length === 0) return null;
  const isWord = (unit: string) => WORD_CHAR.test(unit);
  let source = isWord(units[0]!) ? '(?<![a-z0-9])' : '';
  units.forEach((unit, index) => {
    if (index > 0) source += isWord(units[index - 1]!) && isWord(unit) ? '[ \\t]+' : '[ \\t]*';
    source += escape(unit);
  });
  const last = units[units.length - 1]!;
  if (isWord(last) && !term.prefix) source += '(?![a-z0-9])';
  return new RegExp(source, 'u');
}

function oracle(articles: readonly CorpusArticle[], terms: readonly QueryTerm[]): Set<number> {
  const regexes = terms.flatMap((t) => {
    const regex = oracleRegex(t);
    return regex ? [{ regex, negated: t.negated }] : [];
  });
  const found = new Set<number>();
  articles.forEach((article, index) => {
    if (article.deleted) return;
    const fields = [article.title, article.text, ...article.notes, ...article.tags].map(normalise);
    const occurs = (regex: RegExp) => fields.some((field) => regex.test(field));
    if (regexes.every(({ regex, negated }) => occurs(regex) !== negated)) found.add(index);
  });
  return found;
}

const newArticle = (article: CorpusArticle): NewArticle => storedArticle(article.title, article.text);

/** Applies `change` to the library and to the model the oracle reads. */
function apply(
  change: Mutation,
  model: CorpusArticle[],
  library: ReturnType<typeof tempLibrary>,
  index: SearchIndex,
  ids: number[],
  noteIds: number[][],
): void {
  const { store } = library;
  if (change.kind === 'rename tag') {
    const from = TAGS[change.tag]!;
    const to = `${from}改`;
    if (store.db.prepare('SELECT 1 FROM tags WHERE name = ?').get(to)) return;
    store.db.prepare('UPDATE tags SET name = ? WHERE name = ?').run(to, from);
    for (const article of model) article.tags = article.tags.map((tag) => (tag === from ? to : tag));
    return;
  }
  const position = change.article % model.length;
  const article = model[position]!;
  const id = ids[position]!;
  const notes = noteIds[position]!;
  if (article.deleted) return;
  switch (change.kind) {
    case 'text':
      store.db.prepare('UPDATE articles SET packed_text = ? WHERE id = ?').run(packText(change.text), id);
      article.text = change.text;
      break;
    case 'add note':
      notes.push(addNote(library, id, change.text));
      article.notes.push(change.text);
      break;
    case 'edit note':
      if (notes.length === 0) return;
      store.db.prepare('UPDATE annotations SET note = ? WHERE id = ?').run(change.text, notes[0]!);
      article.notes[0] = change.text;
      break;
    case 'delete note':
      if (notes.length === 0) return;
      store.db.prepare('DELETE FROM annotations WHERE id = ?').run(notes.pop()!);
      article.notes.pop();
      break;
    case 'tags':
      index.setArticleTags(id, change.tags);
      article.tags = change.tags;
      break;
    case 'delete article':
      store.db.prepare('DELETE FROM articles WHERE id = ?').run(id);
      article.deleted = true;
      break;
  }
}

/** Notes go in through SQL: what is under test is the triggers, whichever store writes the rows. */
function addNote(library: ReturnType<typeof tempLibrary>, articleId: number, note: string): number {
  const { lastInsertRowid } = library.store.db
    .prepare(
      `INSERT INTO annotations (article_id, start_offset, end_offset, quote, prefix, suffix, color, note,
         created_at, updated_at)
       VALUES (?, 0, 1, '', '', '', 'yellow', ?, '', '')`,
    )
    .run(articleId, note);
  return Number(lastInsertRowid);
}

function checkQueries(
  index: SearchIndex,
  model: CorpusArticle[],
  ids: number[],
  queries: QueryTerm[][],
): void {
  for (const terms of queries) {
    const expected = oracle(model, terms);
    if (!terms.some((t) => oracleRegex(t) !== null)) {
      assert.throws(() => parseQuery(queryString(terms)), { name: 'QueryError' });
      continue;
    }
    const query = parseQuery(queryString(terms));
    const { rows, more } = index.search(query, 'newest', 1000, 0);
    const found = new Set(rows.map((row) => ids.indexOf(row.articleId)));
    assert.deepEqual([...found].sort(), [...expected].sort(), `query ${JSON.stringify(queryString(terms))}`);
    assert.equal(more, false);
    assert.deepEqual(index.count(query), { total: expected.size, totalExact: true });
    assert.deepEqual(
      index
        .search(query, 'relevance', 1000, 0)
        .rows.map((row) => row.articleId)
        .sort(),
      rows.map((row) => row.articleId).sort(),
    );
    // The reader's hit finder marks a term in the text exactly where the oracle sees it.
    for (const article of model) {
      for (const t of terms.filter((t) => !t.negated)) {
        const [parsed] = parseQuery(queryString([t])).include;
        if (!parsed) continue;
        assert.equal(
          findHits(article.text, [parsed]).length > 0,
          oracleRegex(t)!.test(normalise(article.text)),
          `hit finder on ${JSON.stringify(article.text)} for ${JSON.stringify(t.text)}`,
        );
      }
    }
  }
}

const queries = fc.array(fc.array(term, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 });

test('search finds exactly the articles a brute-force oracle finds, before and after changes', () => {
  fc.assert(
    fc.property(corpus, queries, fc.array(mutation, { maxLength: 8 }), (articles, queryList, mutations) => {
      const library = tempLibrary();
      try {
        const index = new SearchIndex(library.store.db);
        const model = articles.map((article) => ({ ...article, notes: [...article.notes] }));
        const { articleIds } = library.store.insertSource(
          {
            fileName: 'corpus.txt',
            contentHash: 'corpus',
            encoding: 'utf-8',
            byteSize: 1,
            content: '',
            pageMeta: {},
          },
          model.map(newArticle),
        );
        const noteIds = model.map((article, position) => {
          index.setArticleTags(articleIds[position]!, article.tags);
          return article.notes.map((note) => addNote(library, articleIds[position]!, note));
        });
        checkQueries(index, model, articleIds, queryList);
        for (const change of mutations) apply(change, model, library, index, articleIds, noteIds);
        checkQueries(index, model, articleIds, queryList);
        // FTS5 refuses a 'delete' that does not match what it indexed, and counts one row per article.
        const { db } = library.store;
        db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 0)").run();
        assert.deepEqual(
          db.prepare('SELECT count(*) AS n FROM search_index').get(),
          db.prepare('SELECT count(*) AS n FROM articles').get(),
        );
      } finally {
        library.close();
      }
    }),
    { numRuns: 200 },
  );
});
