import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toWire } from '../../shared/transport/wire.js';
import { serveLibrary } from '../support/served-library.js';
import { textFile } from '../support/temp-library.js';

const TOKEN = 'test-token-0123456789';
const served = serveLibrary(TOKEN);
const { send } = served;
mkdirSync(join(served.rendererDir, 'assets'));
writeFileSync(join(served.rendererDir, 'assets', 'app.css'), 'body{}');
writeFileSync(join(served.rendererDir, '..', 'secret.txt'), 'secret');

const api = (
  method: string,
  input: unknown,
  headers: Record<string, string> = { 'x-jianbao-token': TOKEN },
) =>
  send(`/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: toWire(input),
  });

test('the page and the API refuse requests without the token', async () => {
  assert.equal((await send('/')).status, 401);
  assert.equal((await send('/?token=wrong')).status, 401);
  assert.equal((await send('/assets/app.css')).status, 401);
  const noToken = await api('articles.list', {}, {});
  assert.equal(noToken.status, 401);
  assert.match(noToken.body, /access token/);
  // The cookie opens pages but not the API, so another site cannot forge API calls with it.
  assert.equal((await api('articles.list', {}, { cookie: `jianbao_token=${TOKEN}` })).status, 401);
});

test('with the token the page is served with a same-site cookie and a strict CSP, and assets follow', async () => {
  const page = await send(`/?token=${TOKEN}`);
  assert.equal(page.status, 200);
  assert.match(page.body, /<title>Jianbao/);
  assert.match(String(page.headers['set-cookie']), /jianbao_token=.*HttpOnly; SameSite=Strict/);
  assert.match(String(page.headers['content-security-policy']), /script-src 'self'/);
  assert.equal(page.headers['referrer-policy'], 'no-referrer');
  const css = await send('/assets/app.css', { headers: { cookie: `jianbao_token=${TOKEN}` } });
  assert.equal(css.status, 200);
  assert.match(String(css.headers['content-type']), /text\/css/);
});

test('foreign Host and Origin headers are refused (DNS rebinding, cross-site requests)', async () => {
  const { port } = served;
  assert.equal((await send(`/?token=${TOKEN}`, { headers: { host: `evil.example:${port}` } })).status, 403);
  assert.equal((await send(`/?token=${TOKEN}`, { headers: { host: `127.0.0.1:${port + 1}` } })).status, 403);
  assert.equal(
    (await api('articles.list', {}, { 'x-jianbao-token': TOKEN, origin: 'https://evil.example' })).status,
    403,
  );
  assert.equal(
    (await api('articles.list', {}, { 'x-jianbao-token': TOKEN, origin: `http://localhost:${port}` })).status,
    200,
  );
});

test('files outside the renderer folder are never served', async () => {
  for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00']) {
    const response = await send(`${path}?token=${TOKEN}`);
    assert.equal(response.status, 404, path);
    assert.doesNotMatch(response.body, /secret/);
  }
});

test('the API answers through the contract: import, list, typed errors, bad JSON', async () => {
  const imported = await api('library.import', { files: [textFile('note.txt', '一段文字。')] });
  assert.equal(imported.status, 200);
  const list = await api('articles.list', {});
  assert.equal(JSON.parse(list.body).value.total, 1);
  const invalid = await api('articles.get', { id: 'one' });
  assert.equal(invalid.status, 400);
  assert.equal(JSON.parse(invalid.body).error.code, 'invalid_input');
  assert.equal((await api('articles.get', { id: 42 })).status, 404);
  assert.equal((await api('nothing.here', {})).status, 404);
  const garbage = await send('/api/articles.list', {
    method: 'POST',
    headers: { 'x-jianbao-token': TOKEN },
    body: '{',
  });
  assert.equal(garbage.status, 400);
  assert.match(JSON.parse(garbage.body).error.message, /not valid JSON/);
});

test('a method name with malformed percent-encoding is a typed 400, not a 500', async () => {
  for (const path of ['/api/%E0%A4%A', '/api/articles.list%']) {
    const response = await send(path, { method: 'POST', headers: { 'x-jianbao-token': TOKEN }, body: '{}' });
    assert.equal(response.status, 400, path);
    const { error } = JSON.parse(response.body);
    assert.equal(error.code, 'invalid_input');
    assert.match(error.message, /percent-encoding/);
  }
});

test('an import whose file data is not base64 says so, as invalid input', async () => {
  for (const data of ['not base64!', 'QUJD=A', 'QUJDR']) {
    const response = await send('/api/library.import', {
      method: 'POST',
      headers: { 'x-jianbao-token': TOKEN },
      body: JSON.stringify({ files: [{ name: 'a.txt', data: { $bytes: data } }] }),
    });
    assert.equal(response.status, 400, data);
    const { error } = JSON.parse(response.body);
    assert.equal(error.code, 'invalid_input');
    assert.match(error.message, /not valid base64/, data);
  }
});

const MIB = 1024 * 1024;

/** Streams `total` bytes of JSON-ish text as a chunked body until the server answers or cuts it off. */
function stream(method: string, total: number): Promise<{ status: number; body: string; written: number }> {
  const { port } = served;
  return new Promise((resolve, reject) => {
    let written = 0;
    let stopped = false;
    const req = request({
      host: '127.0.0.1',
      port,
      path: `/api/${method}`,
      method: 'POST',
      headers: { host: `127.0.0.1:${port}`, 'x-jianbao-token': TOKEN },
    });
    req.on('response', (res) => {
      stopped = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body, written }));
    });
    req.on('error', (error) => (stopped ? undefined : reject(error)));
    req.on('close', () => (stopped = true));
    const chunk = Buffer.alloc(MIB, 'a');
    const pump = () => {
      while (!stopped && written < total) {
        written += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!stopped) req.end();
    };
    req.write('{"files":[{"name":"a.txt","data":{"$bytes":"');
    pump();
  });
}

test('a body over its request’s limit is refused with a typed 413 while it streams, the rest never read', async () => {
  const huge = await stream('library.import', 290 * MIB);
  assert.equal(huge.status, 413);
  const { error } = JSON.parse(huge.body);
  assert.equal(error.code, 'rejected');
  assert.match(error.message, /larger than the 68 MB this request may carry: files are imported up to 50 MB/);
  // What the client got into the socket before it was cut: the limit and the kernel's buffers, not 290 MB.
  assert.ok(huge.written < 120 * MIB, `${huge.written / MIB} MB were sent`);

  const small = await stream('articles.list', 10 * MIB);
  assert.equal(small.status, 413, 'a request without files has a small limit');

  const declared = await send('/api/library.import', {
    method: 'POST',
    headers: { 'x-jianbao-token': TOKEN, 'content-length': String(290 * MIB) },
  });
  assert.equal(declared.status, 413, 'a declared length over the limit is refused before any byte is read');

  const list = await api('articles.list', {});
  assert.equal(list.status, 200, 'the server goes on answering');
});
