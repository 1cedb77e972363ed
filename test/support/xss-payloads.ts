/**
 * The XSS corpus: scripts, handlers and remote loads in every place HTML allows them, for the web page, EPUB
 * and Word imports (test/node/html-import.test.ts sanitises them; test/e2e/hostile-documents.test.ts shows
 * them in Chromium).
 */
/** Every place HTML allows a script, a handler or a load; each that ran would set `__jianbaoRan`. */
export const HOSTILE = [
  '<script>globalThis.__jianbaoRan = "script"</script>',
  '<script src="https://evil.example/x.js"></script>',
  '<img src="x" onerror="globalThis.__jianbaoRan = \'onerror\'">',
  '<body onload="globalThis.__jianbaoRan = \'onload\'">',
  '<svg onload="globalThis.__jianbaoRan = \'svg\'"><script>globalThis.__jianbaoRan = "svg script"</script></svg>',
  '<a href="javascript:globalThis.__jianbaoRan = \'href\'">a link</a>',
  '<a href=" JaVaScRiPt:alert(1)">spaced</a>',
  '<iframe src="https://evil.example/" srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">',
  '<form action="https://evil.example/"><input name="q" autofocus onfocus="alert(1)"><button formaction="javascript:alert(1)">go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel="stylesheet" href="https://evil.example/x.css"><style>@import "https://evil.example/y.css"; body{background:url(javascript:alert(1))}</style>',
  '<div style="background-image:url(https://evil.example/track.png)">styled</div>',
  '<img src="https://evil.example/track.png" srcset="https://evil.example/2x.png 2x">',
  '<video poster="https://evil.example/p.png"><source src="https://evil.example/v.mp4"></video>',
  '<details open ontoggle="alert(1)"><summary>more</summary>hidden</details>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<base href="https://evil.example/">',
  '<template><script>alert(1)</script></template>',
];
