import { css } from 'lit';

export const searchResultsStyles = css`
  :host {
    display: block;
  }
  .summary {
    color: var(--jb-muted);
    font-size: 0.9rem;
    margin: 0.5rem 0;
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
    display: block;
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
  .meta {
    color: var(--jb-muted);
    font-size: 0.82rem;
    display: flex;
    gap: 1rem;
  }
  .snippet {
    font-family: var(--jb-font-serif);
    margin: 0.35rem 0 0;
    line-height: 1.7;
    color: var(--jb-muted-strong);
  }
  mark {
    background: var(--jb-hl-yellow);
    /* The snippet's muted colour is too faint on the yellow of the dark theme. */
    color: var(--jb-fg);
    border-radius: 2px;
    padding: 0 0.05em;
  }
  .more {
    display: flex;
    justify-content: center;
    padding: 1rem 0;
  }
`;
