import { css } from 'lit';

export const tagEditorStyles = css`
  :host {
    display: block;
    margin-bottom: 1.5rem;
  }
  h2 {
    font-size: 0.78rem;
    font-weight: 700;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--jb-muted);
    margin: 0 0 0.5rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    align-items: center;
  }
  li.tag {
    display: inline-flex;
    align-items: center;
    gap: 0.15rem;
    font-size: 0.82rem;
    background: var(--jb-surface);
    border: 1px solid var(--jb-border);
    border-radius: 999px;
    padding: 0.1rem 0.2rem 0.1rem 0.65rem;
  }
  li.tag button {
    padding: 0.1em;
    border: none;
    background: none;
    border-radius: 50%;
    color: var(--jb-muted);
  }
  li.tag button:hover {
    color: var(--jb-fg);
    background: var(--jb-hover);
  }
  input {
    font: inherit;
    font-size: 0.82rem;
    color: inherit;
    width: 7.5rem;
    background: transparent;
    border: 1px dashed var(--jb-border);
    border-radius: 999px;
    padding: 0.2rem 0.65rem;
  }
`;
