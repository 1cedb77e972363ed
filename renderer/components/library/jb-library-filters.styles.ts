import { css } from 'lit';

export const filtersStyles = css`
  :host {
    display: block;
    margin: 1rem 0 0.75rem;
  }
  form {
    display: flex;
    gap: 0.5rem;
  }
  form input {
    flex: 1;
    min-width: 0;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-top: 0.6rem;
    font-size: 0.85rem;
    color: var(--jb-muted);
  }
  .filters label {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }
  .filters input,
  .filters select {
    font-size: 0.85rem;
    padding: 0.25rem 0.5rem;
  }
  .filters input.source {
    width: 11rem;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin-top: 0.6rem;
  }
  .tags button {
    font-size: 0.8rem;
    padding: 0.2em 0.7em;
    border-radius: 999px;
  }
  .tags button[aria-pressed='true'] {
    background: var(--jb-accent);
    border-color: var(--jb-accent);
    color: var(--jb-on-accent);
  }
`;
