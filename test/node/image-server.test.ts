// Browser mode serves a stored picture at /images/<SHA-256> only with the launch's token and on its own
// origin, with a policy under which even an SVG opened by itself runs and loads nothing.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { before, test } from 'node:test';
import { serveLibrary } from '../support/served-library.js';
import { dataUri, pageWith, pngOf } from '../support/pictures.js';

const TOKEN = 'image-token-0123456789';
const RED = pngOf([255, 0, 0]);
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><script>alert(1)</script></svg>';
const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const served = serveLibrary(TOKEN);
const get = (path: string, headers: Record<string, string> = {}) => served.send(path, { headers });

before(async () => {
  const page = pageWith('Pictures', [
    `<img src="${dataUri(RED)}" alt="red">`,
    `<img src="data:image/svg+xml,${encodeURIComponent(SVG)}" alt="svg">`,
  ]);
  const reply = await served.library.dispatch('library.import', {
    files: [{ name: 'pictures.html', data: new TextEncoder().encode(page) }],
  });
  assert.ok(reply.ok);
});

test('a picture is refused without the token, and from another origin or host', async () => {
  const path = `/images/${sha256(RED)}`;
  assert.equal((await get(path)).status, 401);
  assert.equal((await get(path, { cookie: 'jianbao_token=wrong' })).status, 401);
  assert.equal((await get(`${path}?token=wrong`)).status, 401);
  assert.equal(
    (await get(path, { cookie: `jianbao_token=${TOKEN}`, origin: 'https://evil.example' })).status,
    403,
  );
  assert.equal(
    (await get(path, { cookie: `jianbao_token=${TOKEN}`, host: `evil.example:${served.port}` })).status,
    403,
  );
});

test('with the token a picture is served from the library, same-origin only', async () => {
  const response = await get(`/images/${sha256(RED)}`, { cookie: `jianbao_token=${TOKEN}` });
  assert.equal(response.status, 200);
  assert.equal(response.headers['content-type'], 'image/png');
  assert.deepEqual(new Uint8Array(response.bytes), RED);
  assert.equal(response.headers['cross-origin-resource-policy'], 'same-origin');
  assert.equal(response.headers['x-content-type-options'], 'nosniff');
  const missing = await get(`/images/${'0'.repeat(64)}`, { cookie: `jianbao_token=${TOKEN}` });
  assert.equal(missing.status, 404);
});

test('an SVG is served as image/svg+xml under a policy that forbids its scripts', async () => {
  const response = await get(`/images/${sha256(SVG)}`, { cookie: `jianbao_token=${TOKEN}` });
  assert.equal(response.status, 200);
  assert.equal(response.headers['content-type'], 'image/svg+xml');
  const policy = String(response.headers['content-security-policy']);
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /\bsandbox\b/);
  assert.doesNotMatch(policy, /script-src/);
});
