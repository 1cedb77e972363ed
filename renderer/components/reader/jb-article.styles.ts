import { css } from 'lit';

/* The reading settings arrive as custom properties on <html> (renderer/state/reading-settings.ts). */
export const articleStyles = css`
  :host {
    display: block;
    color: var(--jb-fg);
    font-family: var(--jb-reading-font, var(--jb-font-serif));
    font-size: var(--jb-reading-size, 1.125rem);
    line-height: var(--jb-reading-line-height, 1.8);
  }
  article {
    max-width: var(--jb-reading-width, 36em);
    margin: 0 auto;
  }
  article:lang(zh) {
    font-size: 1.06em;
    text-align: justify;
    text-justify: inter-character;
    line-break: strict;
    text-spacing-trim: var(--jb-reading-punctuation, normal);
  }
  header {
    text-align: center;
    margin-bottom: 2.2em;
    padding-bottom: 1.4em;
    border-bottom: 1px solid var(--jb-rule);
  }
  .section {
    font-family: var(--jb-font-ui);
    display: inline-block;
    font-size: 0.72rem;
    font-weight: 700;
    letter-spacing: 0.18em;
    color: var(--jb-on-accent);
    background: var(--jb-accent);
    padding: 0.15em 0.7em;
    border-radius: 2px;
    margin: 0 0 1.2em;
    line-height: 1.6;
  }
  .kicker {
    font-size: 1rem;
    color: var(--jb-muted-strong);
    margin: 0 0 0.4em;
    line-height: 1.6;
  }
  h1 {
    font-size: 2.25rem;
    font-weight: 900;
    line-height: 1.3;
    margin: 0;
    letter-spacing: 0.01em;
    text-wrap: balance;
  }
  .subtitle {
    font-size: 1.2rem;
    font-weight: 500;
    color: var(--jb-muted-strong);
    margin: 0.6em 0 0;
    line-height: 1.5;
  }
  .rubric {
    display: inline-block;
    font-family: var(--jb-font-ui);
    font-size: 0.8rem;
    font-weight: 700;
    color: var(--jb-accent-text);
    border: 1px solid currentColor;
    padding: 0 0.6em;
    margin: 0.8em 0 0;
  }
  .page-meta {
    margin: 0.8em 0 0;
    text-align: center;
    font-family: var(--jb-font-ui);
    font-size: 0.8rem;
    color: var(--jb-muted);
  }
  .page-meta .label::after {
    content: ': ';
  }
  .credits {
    display: flex;
    justify-content: center;
    flex-wrap: wrap;
    gap: 0 1.2em;
    margin-top: 1em;
    font-family: var(--jb-font-ui);
    font-size: 0.85rem;
    color: var(--jb-muted);
    line-height: 1.6;
  }
  .dateline {
    font-weight: 700;
    color: var(--jb-muted-strong);
  }
  p,
  blockquote,
  pre {
    margin: 0 0 var(--jb-reading-gap, 1.1em);
  }
  article:lang(zh) .paragraph {
    text-indent: var(--jb-reading-indent, 2em);
  }
  article:lang(zh) .body {
    letter-spacing: 0.02em;
  }
  .subhead,
  .heading {
    font-family: inherit;
    font-weight: 800;
    font-size: 1.2rem;
    line-height: 1.5;
    margin: 2em 0 0.8em;
    text-align: left;
  }
  /* A Markdown note's six levels: each smaller than the one above, the last two set apart by colour. */
  .heading[data-level='1'] {
    font-size: 1.6rem;
  }
  .heading[data-level='2'] {
    font-size: 1.35rem;
  }
  .heading[data-level='3'] {
    font-size: 1.15rem;
  }
  .heading[data-level='4'] {
    font-size: 1.05rem;
    font-weight: 700;
  }
  .heading[data-level='5'],
  .heading[data-level='6'] {
    font-size: 0.95rem;
    font-weight: 700;
    margin: 1.6em 0 0.6em;
  }
  .heading[data-level='6'] {
    color: var(--jb-muted-strong);
    font-style: italic;
  }
  article:lang(zh) .subhead {
    text-align: center;
  }
  .caption {
    font-family: var(--jb-font-ui);
    font-size: 0.85rem;
    line-height: 1.6;
    color: var(--jb-muted);
    font-style: italic;
    border-top: 1px solid var(--jb-rule);
    border-bottom: 1px solid var(--jb-rule);
    padding: 0.5em 0;
    margin: 1.6em 0;
    text-align: left;
  }
  article:lang(zh) .caption {
    font-style: normal;
  }
  /* Page notes: continuation markers, trailing credits, text the parser kept aside. */
  .note {
    font-family: var(--jb-font-ui);
    font-size: 0.85rem;
    line-height: 1.6;
    color: var(--jb-muted);
    text-indent: 0;
    margin: 0.6em 0;
    text-align: left;
  }
  .quote {
    border-left: 3px solid var(--jb-rule-strong);
    padding-left: 1em;
    margin-left: 0;
    color: var(--jb-muted-strong);
    font-style: italic;
  }
  .list-item {
    position: relative;
    padding-left: 1.4em;
    margin-bottom: 0.4em;
  }
  .list-item::before {
    content: '•';
    position: absolute;
    left: 0.35em;
    font-size: 1.2em;
    line-height: 1.5;
    color: var(--jb-muted);
  }
  /* A number or a checkbox (see jb-article.ts), set flush right before the text; "" for a further paragraph. */
  .list-item[data-marker] {
    padding-left: 2em;
  }
  .list-item[data-marker]::before {
    content: attr(data-marker);
    left: 0;
    width: 1.6em;
    text-align: right;
    font-size: 1em;
    line-height: inherit;
    font-variant-numeric: tabular-nums;
  }
  .list-item[data-level='2'] {
    margin-left: 1.6em;
  }
  .list-item[data-level='3'] {
    margin-left: 3.2em;
  }
  .list-item[data-level='4'] {
    margin-left: 4.8em;
  }
  .list-item[data-level='5'] {
    margin-left: 6.4em;
  }
  .list-item[data-level='6'] {
    margin-left: 8em;
  }
  /* A table's row: its cells stand apart at tab stops, the rows ruled like a table's. */
  .row {
    white-space: pre-wrap;
    tab-size: 8;
    font-variant-numeric: tabular-nums;
    margin: 0;
    padding: 0.3em 0;
    border-bottom: 1px solid var(--jb-rule);
  }
  article:lang(zh) .row {
    text-indent: 0;
  }
  pre {
    font-family: var(--jb-font-mono);
    font-size: 0.85rem;
    line-height: 1.5;
    background: var(--jb-code-bg);
    padding: 0.8em 1em;
    border-radius: 6px;
    overflow-x: auto;
    white-space: pre-wrap;
  }
  a {
    color: var(--jb-accent-text);
  }
  code {
    font-family: var(--jb-font-mono);
    font-size: 0.9em;
  }
  ::selection {
    background: var(--jb-selection);
  }
  ::highlight(jb-yellow) {
    background-color: var(--jb-hl-yellow);
  }
  ::highlight(jb-green) {
    background-color: var(--jb-hl-green);
  }
  ::highlight(jb-blue) {
    background-color: var(--jb-hl-blue);
  }
  ::highlight(jb-pink) {
    background-color: var(--jb-hl-pink);
  }
  ::highlight(jb-purple) {
    background-color: var(--jb-hl-purple);
  }
  ::highlight(jb-orange) {
    background-color: var(--jb-hl-orange);
  }
  ::highlight(jb-underline-yellow),
  ::highlight(jb-underline-green),
  ::highlight(jb-underline-blue),
  ::highlight(jb-underline-pink),
  ::highlight(jb-underline-purple),
  ::highlight(jb-underline-orange) {
    text-decoration-line: underline;
    text-decoration-style: solid;
    text-decoration-thickness: 0.14em;
    text-underline-offset: 0.24em;
    text-decoration-skip-ink: none;
  }
  ::highlight(jb-underline-yellow) {
    text-decoration-color: var(--jb-swatch-yellow);
  }
  ::highlight(jb-underline-green) {
    text-decoration-color: var(--jb-swatch-green);
  }
  ::highlight(jb-underline-blue) {
    text-decoration-color: var(--jb-swatch-blue);
  }
  ::highlight(jb-underline-pink) {
    text-decoration-color: var(--jb-swatch-pink);
  }
  ::highlight(jb-underline-purple) {
    text-decoration-color: var(--jb-swatch-purple);
  }
  ::highlight(jb-underline-orange) {
    text-decoration-color: var(--jb-swatch-orange);
  }
  ::highlight(jb-has-note) {
    text-decoration: underline dotted var(--jb-muted-strong);
    text-decoration-thickness: 1.5px;
    text-underline-offset: 0.25em;
  }
  ::highlight(jb-pending) {
    background-color: var(--jb-selection);
  }
  ::highlight(jb-search) {
    background-color: var(--jb-search);
    text-decoration: underline solid var(--jb-search-line);
    text-decoration-thickness: 2px;
    text-underline-offset: 0.2em;
  }
  ::highlight(jb-search-current) {
    background-color: var(--jb-search-current);
  }
  ::highlight(jb-flash) {
    background-color: var(--jb-flash);
  }
`;
