import { css } from 'lit';

export const notesStyles = css`
  :host {
    display: block;
    max-width: 52rem;
    margin: 0 auto;
    padding: 2rem 1.5rem 5rem;
  }
  .heading {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 0.6rem;
  }
  h1 {
    font-family: var(--jb-font-serif);
    font-size: 1.6rem;
    margin: 0;
  }
  .count {
    color: var(--jb-muted);
    font-size: 0.9rem;
  }
  .spacer {
    margin-right: auto;
  }
  .status {
    min-height: 1.2em;
    font-size: 0.85rem;
    color: var(--jb-muted-strong);
    margin: 0.5rem 0;
  }
  .filters {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    margin: 0 0 1.5rem;
  }
  .filters label {
    display: flex;
    gap: 0.4rem;
    align-items: center;
    font-size: 0.85rem;
    color: var(--jb-muted);
  }
  /* The shared field look (fields in shared.styles.ts), a little smaller. */
  input,
  select {
    font-size: 0.9rem;
    padding: 0.4em 0.6em;
  }
  input[type='search'] {
    flex: 1;
    min-width: 0;
  }
  .group {
    margin-bottom: 2rem;
  }
  h2 {
    font-family: var(--jb-font-serif);
    font-size: 1.1rem;
    margin: 0 0 0.6rem;
    display: flex;
    align-items: baseline;
    gap: 0.6rem;
    flex-wrap: wrap;
  }
  h2 a {
    color: inherit;
  }
  h2 .meta {
    font-family: var(--jb-font-ui);
    font-size: 0.8rem;
    font-weight: 400;
    color: var(--jb-muted);
  }
  li {
    padding: 0.6rem 0.8rem;
  }
  li.article-note {
    --swatch: var(--jb-rule-strong);
  }
  .quote {
    font-family: var(--jb-font-serif);
    color: inherit;
    text-decoration: none;
    line-height: 1.6;
  }
  .quote:hover {
    color: var(--jb-accent-text);
  }
  .quote.kind {
    font-family: var(--jb-font-ui);
    font-size: 0.75rem;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--jb-muted);
  }
  .orphan {
    margin-left: 0.5rem;
    font-size: 0.75rem;
    color: var(--jb-danger-fg);
  }
  .note {
    margin-top: 0.4rem;
    padding-top: 0.4rem;
    border-top: 1px dashed var(--jb-border);
    font-size: 0.9rem;
    line-height: 1.55;
  }
  .note p {
    margin: 0 0 0.4em;
  }
  .note > :last-child {
    margin-bottom: 0;
  }
  .meta {
    display: flex;
    gap: 0.35rem;
    flex-wrap: wrap;
    margin-top: 0.3rem;
  }
  .meta:empty {
    display: none;
  }
  .meta .source {
    font-size: 0.8rem;
    color: var(--jb-muted);
    margin-right: 0.3rem;
  }
  .tag {
    font-size: 0.75rem;
    border: 1px solid var(--jb-border);
    background: var(--jb-hover);
    border-radius: 999px;
    padding: 0.05rem 0.55rem;
  }
  .empty {
    color: var(--jb-muted);
  }
  .more {
    margin: 1rem auto 0;
    display: flex;
  }
`;
