import { css } from 'lit';

/** Buttons and focus rings shared by every component (each component adds only its own rules). */
export const controls = css`
  :host {
    font-family: var(--jb-font-ui);
  }
  button {
    font: inherit;
    font-size: 0.875rem;
    color: inherit;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.4em 0.8em;
    border-radius: 6px;
    border: 1px solid var(--jb-border);
    background: var(--jb-surface);
    cursor: pointer;
    line-height: 1.2;
  }
  button:hover {
    background: var(--jb-hover);
  }
  button.primary {
    background: var(--jb-accent);
    border-color: var(--jb-accent);
    color: var(--jb-on-accent);
  }
  button.primary:hover {
    filter: brightness(1.08);
  }
  button.quiet {
    border-color: transparent;
    background: transparent;
  }
  button.quiet:hover {
    background: var(--jb-hover);
  }
  :focus-visible {
    outline: 2px solid var(--jb-focus);
    outline-offset: 2px;
  }
  .icon {
    width: 1.1em;
    height: 1.1em;
    flex: none;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
