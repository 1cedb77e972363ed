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
  .query-error {
    color: var(--jb-danger-fg);
    font-size: 0.9rem;
  }
  .empty-filtered {
    color: var(--jb-muted);
    padding: 2rem 0.75rem;
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
