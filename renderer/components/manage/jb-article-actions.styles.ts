import { css } from 'lit';

export const articleActionsStyles = css`
  :host {
    display: block;
    margin-bottom: 1rem;
    font-size: 0.85rem;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--jb-border);
    padding-bottom: 0.5rem;
  }
  button {
    font-size: 0.82rem;
    padding: 0.3em 0.6em;
  }
  button[aria-pressed='true'] {
    color: var(--jb-accent-text);
    font-weight: 600;
  }
  button.danger {
    color: var(--jb-danger-fg);
  }
  .progress {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    color: var(--jb-muted-strong);
  }
  progress {
    width: 5rem;
    accent-color: var(--jb-accent);
  }
  .spacer {
    flex: 1;
  }
  details {
    position: relative;
  }
  summary {
    cursor: pointer;
    padding: 0.3em 0.6em;
    border-radius: 6px;
  }
  summary:hover {
    background: var(--jb-hover);
  }
  fieldset,
  details > .hint {
    position: absolute;
    z-index: 5;
    min-width: 14rem;
    margin: 0.25rem 0 0;
    padding: 0.5rem 0.75rem;
    background: var(--jb-surface);
    border: 1px solid var(--jb-border);
    border-radius: 6px;
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.12);
  }
  label.check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    padding: 0.2rem 0;
  }
  form.details {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: 0.5rem 1rem;
    margin-top: 0.75rem;
  }
  form.details label {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    color: var(--jb-muted-strong);
  }
  .buttons {
    display: flex;
    gap: 0.5rem;
    align-items: end;
  }
`;
