import { css } from 'lit';

export const panelStyles = css`
  :host {
    display: block;
    font-size: 0.9rem;
  }
  h2 {
    font-size: 0.78rem;
    font-weight: 700;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--jb-muted);
    margin: 0 0 0.75rem;
    display: flex;
    justify-content: space-between;
  }
  li {
    padding: 0.6rem 0.7rem 0.5rem;
  }
  li {
    transition: box-shadow 0.3s;
  }
  li.active {
    box-shadow: 0 0 0 3px var(--jb-focus);
  }
  .quote {
    display: block;
    width: 100%;
    text-align: left;
    border: none;
    background: none;
    padding: 0;
    font-family: var(--jb-font-serif);
    font-size: 0.95rem;
    line-height: 1.6;
    display: -webkit-box;
    -webkit-line-clamp: 4;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .quote:hover {
    background: none;
    color: var(--jb-accent-text);
  }
  .note {
    margin: 0.45rem 0 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    line-height: 1.55;
    color: var(--jb-fg);
    border-top: 1px dashed var(--jb-border);
    padding-top: 0.4rem;
  }
  .row {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    margin-top: 0.4rem;
  }
  .row button {
    padding: 0.25em 0.45em;
    font-size: 0.8rem;
    color: var(--jb-muted);
  }
  .row button:hover {
    color: var(--jb-fg);
  }
  .dots {
    display: flex;
    gap: 0.2rem;
    margin-right: auto;
  }
  .filters .dot,
  .dot {
    width: 0.95rem;
    height: 0.95rem;
    border-radius: 50%;
    padding: 0;
    border: 1px solid var(--jb-border);
    background: var(--swatch);
  }
  .dot[aria-pressed='true'] {
    outline: 2px solid var(--jb-fg);
    outline-offset: 1px;
  }
  .dot.yellow {
    --swatch: var(--jb-swatch-yellow);
  }
  .dot.green {
    --swatch: var(--jb-swatch-green);
  }
  .dot.blue {
    --swatch: var(--jb-swatch-blue);
  }
  .dot.pink {
    --swatch: var(--jb-swatch-pink);
  }
  .dot.purple {
    --swatch: var(--jb-swatch-purple);
  }
  .dot.orange {
    --swatch: var(--jb-swatch-orange);
  }
  jb-note-editor {
    margin-top: 0.5rem;
  }
  .empty {
    color: var(--jb-muted);
    line-height: 1.6;
  }
  li.underline {
    border-left-style: double;
    border-left-width: 5px;
  }
  li.article-note {
    border-left-color: var(--jb-rule-strong);
  }
  li.orphaned {
    border-left-style: dashed;
    opacity: 0.85;
  }
  li.bookmark {
    border-left-color: var(--jb-accent);
  }
  li {
    content-visibility: auto;
    contain-intrinsic-size: auto 6rem;
  }
  .kind {
    display: flex;
    align-items: center;
    gap: 0.35em;
    margin: 0 0 0.3rem;
    font-size: 0.75rem;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--jb-muted);
  }
  .kind.orphan {
    color: var(--jb-danger-fg);
  }
  blockquote.quote {
    margin: 0;
    color: var(--jb-muted-strong);
  }
  .bookmark .quote {
    display: flex;
    align-items: baseline;
    gap: 0.4em;
    flex-wrap: wrap;
  }
  .bookmark .quote .icon {
    align-self: center;
    color: var(--jb-accent-text);
  }
  .bookmark .label {
    font-family: var(--jb-font-ui);
    font-weight: 600;
  }
  .bookmark .excerpt {
    color: var(--jb-muted);
    font-size: 0.85rem;
  }
  .note p,
  .note ul,
  .note ol,
  .note pre,
  .note blockquote {
    margin: 0 0 0.4em;
  }
  .note > :last-child {
    margin-bottom: 0;
  }
  .note {
    white-space: normal;
  }
  .note pre {
    white-space: pre-wrap;
    font-size: 0.8rem;
  }
  .note blockquote {
    border-left: 2px solid var(--jb-border);
    padding-left: 0.6em;
    color: var(--jb-muted-strong);
  }
  .spacer {
    margin-right: auto;
  }
  .tags {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
    margin: 0.45rem 0 0;
    padding: 0;
  }
  .tags li {
    display: inline-flex;
    align-items: center;
    gap: 0.1rem;
    border: 1px solid var(--jb-border);
    border-left: 1px solid var(--jb-border);
    border-radius: 999px;
    background: var(--jb-hover);
    padding: 0.05rem 0.55rem;
    font-size: 0.78rem;
    content-visibility: visible;
  }
  .tags li.add {
    background: none;
    border: none;
    padding: 0;
  }
  .tags li button {
    padding: 0.1em;
    font-size: 0.75rem;
  }
  /* The shared field look (fields in shared.styles.ts), compact for the side panel. */
  input,
  select {
    font-size: 0.82rem;
    padding: 0.25em 0.5em;
  }
  .tags input {
    width: 9rem;
  }
  .filters {
    display: flex;
    align-items: center;
    gap: 0.3rem;
    flex-wrap: wrap;
    margin: 0 0 0.75rem;
  }
  .filters select {
    margin-left: auto;
    max-width: 9rem;
  }
  .rename {
    display: flex;
    gap: 0.3rem;
  }
  .rename input {
    flex: 1;
    min-width: 0;
  }
  .more {
    margin-top: 0.75rem;
    width: 100%;
    justify-content: center;
  }
  h3.orphans {
    font-size: 0.75rem;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--jb-danger-fg);
    margin: 1.25rem 0 0.6rem;
  }
`;
