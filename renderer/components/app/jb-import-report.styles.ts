import { css } from 'lit';

export const importReportStyles = css`
  :host {
    display: block;
    max-width: 64rem;
    margin: 1rem auto 0;
    padding: 0 1.5rem;
  }
  .report {
    display: flex;
    gap: 1rem;
    align-items: flex-start;
    background: var(--jb-surface);
    border: 1px solid var(--jb-border);
    border-radius: 8px;
    padding: 0.75rem 0.75rem 0.75rem 1rem;
    font-size: 0.9rem;
    line-height: 1.5;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    flex: 1;
  }
  li {
    padding: 0.15rem 0;
  }
  li::before {
    display: inline-block;
    width: 1.3em;
    font-weight: 700;
  }
  .ok::before {
    content: '✓';
    color: var(--jb-ok);
  }
  .bad::before {
    content: '✕';
    color: var(--jb-danger-fg);
  }
  .bad {
    color: var(--jb-danger-fg);
  }
  .dup {
    color: var(--jb-muted);
  }
  a {
    color: var(--jb-accent-text);
    margin-left: 0.5em;
  }
  button {
    padding: 0.25em;
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .progress progress {
    flex: 1 1 8rem;
  }
`;
