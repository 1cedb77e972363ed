import { css } from 'lit';

export const dialogStyles = css`
  dialog {
    width: min(36rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    border: 1px solid var(--jb-border);
    border-radius: 10px;
    background: var(--jb-surface);
    color: var(--jb-fg);
    padding: 1rem 1.25rem 1.25rem;
    box-shadow: 0 16px 48px rgb(0 0 0 / 0.25);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.3);
  }
  /* Not a <header>: in a dialog that would be a second banner landmark beside the app's. */
  .title-bar {
    display: flex;
    align-items: center;
    justify-content: space-between;
    margin-bottom: 0.5rem;
  }
  h2 {
    font-size: 1.1rem;
    margin: 0;
  }
  fieldset {
    border: 1px solid var(--jb-border);
    border-radius: 8px;
    margin: 0 0 0.9rem;
    padding: 0.5rem 0.9rem 0.7rem;
    display: flex;
    flex-direction: column;
    gap: 0.45rem;
  }
  legend {
    font-size: 0.78rem;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--jb-muted);
    padding: 0 0.3rem;
  }
  label {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-size: 0.92rem;
  }
  label.block {
    flex-direction: column;
    align-items: stretch;
    gap: 0.3rem;
    font-size: 0.85rem;
    color: var(--jb-muted-strong);
    margin-bottom: 0.6rem;
  }
  .row {
    display: flex;
    align-items: center;
    gap: 0.6rem;
  }
  input:not([type='radio']),
  textarea {
    font: inherit;
    font-size: 0.9rem;
    color: inherit;
    background: var(--jb-bg);
    border: 1px solid var(--jb-border);
    border-radius: 6px;
    padding: 0.35em 0.6em;
  }
  .row input {
    flex: 1;
    min-width: 0;
  }
  textarea {
    font-family: var(--jb-font-mono);
    font-size: 0.8rem;
    min-height: 6.5rem;
    resize: vertical;
  }
  .hint {
    font-size: 0.82rem;
    color: var(--jb-muted);
    margin: 0 0 0.75rem;
    line-height: 1.5;
  }
  .message {
    min-height: 1.2em;
    font-size: 0.85rem;
    margin: 0 0 0.75rem;
    color: var(--jb-ok);
    overflow-wrap: anywhere;
  }
  .message.error {
    color: var(--jb-danger-fg);
  }
  .actions {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .spacer {
    margin-right: auto;
  }
  button[disabled] {
    opacity: 0.6;
    cursor: default;
  }
`;
