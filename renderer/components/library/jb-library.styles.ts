import { css } from 'lit';

export const libraryStyles = css`
  :host {
    display: block;
    max-width: 64rem;
    margin: 0 auto;
    padding: 2rem 1.5rem 4rem;
  }
  .heading {
    display: flex;
    align-items: baseline;
    gap: 1rem;
    border-bottom: 3px double var(--jb-rule);
    padding-bottom: 0.5rem;
    margin-bottom: 0.5rem;
  }
  h1 {
    font-family: var(--jb-font-serif);
    font-size: 1.9rem;
    font-weight: 700;
    margin: 0;
    letter-spacing: 0.02em;
  }
  .count {
    color: var(--jb-muted);
    font-size: 0.9rem;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li + li {
    border-top: 1px solid var(--jb-border);
  }
  a {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem 1.5rem;
    padding: 0.9rem 0.75rem;
    color: inherit;
    text-decoration: none;
    border-radius: 6px;
  }
  a:hover {
    background: var(--jb-hover);
  }
  .title {
    font-family: var(--jb-font-serif);
    font-size: 1.15rem;
    font-weight: 600;
    line-height: 1.4;
  }
  .section {
    color: var(--jb-accent-text);
    font-size: 0.8rem;
    font-weight: 600;
    letter-spacing: 0.04em;
    justify-self: end;
    align-self: center;
  }
  .section.none {
    color: var(--jb-muted);
    font-weight: 400;
  }
  .meta {
    color: var(--jb-muted);
    font-size: 0.82rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .badge {
    justify-self: end;
    color: var(--jb-muted);
    font-size: 0.8rem;
  }
  .query-error {
    color: var(--jb-danger-fg);
    font-size: 0.9rem;
  }
  .empty {
    text-align: center;
    padding: 4rem 1rem;
    color: var(--jb-muted);
    line-height: 1.7;
  }
  .empty p:first-child {
    font-family: var(--jb-font-serif);
    font-size: 1.4rem;
    color: var(--jb-fg);
  }
  .empty p:last-child {
    max-width: 30rem;
    margin-inline: auto;
  }
`;
