// The Chinese web set's truth is where each page's story stands (test/corpus/gne-truth.json): the text read out
// of the page must be the story's, a line per paragraph, whatever the page's encoding, and a selector that no
// longer picks out one element must stop the build rather than score against the wrong text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { selectorTruthText } from './corpus/selector-truth';

const PAGE = `<html><head><meta charset="gbk"><title>新馆开馆_本地新闻</title></head><body>
<div class="nav"><a href="/">首页</a></div><h1>市图书馆新馆开馆</h1>
<div id="story"><p>本报讯 市图书馆新馆昨天正式开馆。</p><div class="share">分享到微信</div>
<p>新馆共有六层，<b>藏书</b>一百二十万册。<br>设有少儿阅览区。</p><script>track()</script>
<p class="editor">责任编辑：王五</p></div><div class="story">相关新闻</div></body></html>`;

test('the story is read out of its element in the page’s encoding, a line per block, without the dropped parts', () => {
  const text = selectorTruthText(iconv.encode(PAGE, 'gbk'), {
    path: 'tests/x/1.html',
    charset: 'gbk',
    title: '市图书馆新馆开馆',
    body: '#story',
    drop: ['.share', 'p.editor'],
  });
  assert.equal(text, '本报讯 市图书馆新馆昨天正式开馆。\n新馆共有六层，藏书一百二十万册。\n设有少儿阅览区。');
});

test('a selector that picks out no element, or several, is an error naming the page', () => {
  for (const body of ['#gone', 'div']) {
    assert.throws(
      () =>
        selectorTruthText(iconv.encode(PAGE, 'gbk'), {
          path: 'tests/x/1.html',
          charset: 'gbk',
          title: '',
          body,
          drop: [],
        }),
      /tests\/x\/1\.html: .* matches \d+ elements, not one/,
    );
  }
});
