import { css } from 'lit';

export const alertsStyles = css`
  :host {
    position: fixed;
    z-index: 50;
    right: 1rem;
    bottom: 1rem;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    max-width: min(32rem, calc(100vw - 2rem));
  }
  .alert {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    padding: 0.75rem 0.75rem 0.75rem 1rem;
    border-radius: 8px;
    background: var(--jb-danger-bg);
    color: var(--jb-danger-fg);
    border: 1px solid var(--jb-danger-border);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.15);
    font-size: 0.9rem;
    line-height: 1.45;
  }
  .text {
    flex: 1;
    overflow-wrap: anywhere;
  }
  strong {
    display: block;
  }
  .code {
    opacity: 0.75;
    font-size: 0.8rem;
  }
  button {
    padding: 0.25em;
    color: inherit;
  }
`;
