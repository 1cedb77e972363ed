import { css } from 'lit';

export const noteEditorStyles = css`
  :host {
    display: block;
  }
  form {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  textarea {
    font: inherit;
    font-size: 0.95rem;
    line-height: 1.6;
    color: inherit;
    background: var(--jb-bg);
    border: 1px solid var(--jb-border);
    border-radius: 6px;
    padding: 0.5rem 0.6rem;
    min-height: 5.5rem;
    resize: vertical;
  }
  .actions {
    display: flex;
    justify-content: flex-end;
    gap: 0.5rem;
  }
`;
