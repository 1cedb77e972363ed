import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IpcMainInvokeEvent } from 'electron';
import { registerIpc } from '../../main/electron/register-ipc.js';
import { APP_ENTRY_URL } from '../../main/electron/policies/app-origin.js';
import { createBridge } from '../../main/preload/bridge.js';
import { METHOD_NAMES } from '../../shared/contract/methods.js';
import { tempLibrary } from '../support/temp-library.js';

type Handler = (event: IpcMainInvokeEvent, payload: unknown) => unknown;

/** A stand-in for ipcMain/ipcRenderer that connects the real preload bridge to the real handlers. */
function wire() {
  const handlers = new Map<string, Handler>();
  const library = tempLibrary();
  registerIpc(
    { handle: (channel: string, handler: Handler) => void handlers.set(channel, handler) } as never,
    library.dispatch,
  );
  const frameFor = (url: string, top = true) => {
    const frame: { url: string; top?: unknown } = { url };
    frame.top = top ? frame : {};
    return frame;
  };
  const bridgeFrom = (frameUrl: string, top = true) =>
    createBridge({
      invoke: async (channel, payload) =>
        handlers.get(channel)!({ senderFrame: frameFor(frameUrl, top) } as never, payload),
      on: () => undefined,
      removeListener: () => undefined,
    });
  return { handlers, library, bridgeFrom };
}

test('main registers exactly one handler per contract entry and the preload exposes exactly those', () => {
  const { handlers, library, bridgeFrom } = wire();
  assert.deepEqual([...handlers.keys()].sort(), METHOD_NAMES.map((method) => `jianbao:${method}`).sort());
  assert.deepEqual(Object.keys(bridgeFrom(APP_ENTRY_URL).api).sort(), [...METHOD_NAMES].sort());
  library.close();
});

test('calls from the app page reach the services, validated; other frames are refused', async () => {
  const { library, bridgeFrom } = wire();
  const app = bridgeFrom(APP_ENTRY_URL);
  const data = new TextEncoder().encode('Hello from IPC.');
  const imported = await app.api['library.import']({ files: [{ name: 'hello.txt', data }] });
  assert.ok(imported.ok);
  assert.deepEqual(await app.api['articles.get']({ id: 'x' }), {
    ok: false,
    error: {
      code: 'invalid_input',
      message: 'Invalid input for articles.get: id: Invalid input: expected number, received string',
    },
  });
  for (const bridge of [bridgeFrom('https://evil.example/'), bridgeFrom(APP_ENTRY_URL, false)]) {
    const reply = await bridge.api['articles.list']({});
    assert.deepEqual(reply, {
      ok: false,
      error: { code: 'rejected', message: 'This request did not come from the Jianbao window.' },
    });
  }
  library.close();
});

test('app events reach the page without the IPC event object, and unknown events are refused', () => {
  const listeners = new Map<string, (event: unknown) => void>();
  const bridge = createBridge({
    invoke: async () => undefined,
    on: (channel, listener) => listeners.set(channel, listener),
    removeListener: (channel) => listeners.delete(channel),
  });
  const received: unknown[][] = [];
  const off = bridge.on('menu:export', (...args: unknown[]) => received.push(args));
  listeners.get('jianbao-event:menu:export')!({ sender: 'secret' });
  assert.deepEqual(received, [[]]);
  off();
  assert.equal(listeners.size, 0);
  assert.throws(() => bridge.on('shell:exec' as never, () => undefined), /Unknown app event/);
});

test('an open:link event delivers one checked copy of its link, and nothing for a malformed one', () => {
  const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
  const bridge = createBridge({
    invoke: async () => undefined,
    on: (channel, listener) => listeners.set(channel, listener),
    removeListener: (channel) => listeners.delete(channel),
  });
  const received: unknown[][] = [];
  bridge.on('open:link', (...args: unknown[]) => received.push(args));
  const emit = listeners.get('jianbao-event:open:link')!;
  emit({ sender: 'secret' }, { articleId: 3, annotationId: 9, extra: 'dropped' });
  emit({ sender: 'secret' }, { articleId: 4 });
  for (const bad of [
    undefined,
    null,
    'x',
    { articleId: 0 },
    { articleId: 2, annotationId: -1 },
    { articleId: 1.5 },
  ]) {
    emit({ sender: 'secret' }, bad);
  }
  assert.deepEqual(received, [[{ articleId: 3, annotationId: 9 }], [{ articleId: 4 }]]);
});
