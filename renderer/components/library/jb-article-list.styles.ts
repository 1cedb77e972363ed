import { css } from 'lit';

export const articleListStyles = css`
  :host {
    display: block;
  }
  ol {
    position: relative;
    list-style: none;
    margin: 0;
    padding: 0;
    contain: strict;
    width: 100%;
  }
  li {
    position: absolute;
    left: 0;
    right: 0;
    box-sizing: border-box;
    border-bottom: 1px solid var(--jb-border);
    contain: layout style;
    display: flex;
    align-items: center;
  }
  a {
    flex: 1;
    min-width: 0;
    box-sizing: border-box;
    height: 100%;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-rows: auto auto;
    align-content: center;
    gap: 0.3rem 1.5rem;
    padding: 0 0.75rem;
    color: inherit;
    text-decoration: none;
    border-radius: 6px;
  }
  a:hover,
  a:focus-visible {
    background: var(--jb-hover);
  }
  a:focus-visible {
    outline-offset: -2px;
  }
  .title {
    display: block;
    font-family: var(--jb-font-serif);
    font-size: 1.15rem;
    font-weight: 600;
    line-height: 1.4;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .section {
    color: var(--jb-accent-text);
    font-size: 0.8rem;
    font-weight: 600;
    letter-spacing: 0.04em;
    justify-self: end;
    align-self: center;
    white-space: nowrap;
    max-width: 14rem;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .section.none {
    color: var(--jb-muted);
    font-weight: 400;
  }
  .meta {
    color: var(--jb-muted);
    font-size: 0.82rem;
    display: flex;
    gap: 1rem;
    min-width: 0;
    white-space: nowrap;
    overflow: hidden;
  }
  .source {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    cursor: pointer;
    border-radius: 3px;
  }
  .source:hover {
    color: var(--jb-accent-text);
    text-decoration: underline;
  }
  .badge {
    justify-self: end;
    color: var(--jb-muted);
    font-size: 0.8rem;
    white-space: nowrap;
    display: flex;
    gap: 0.75rem;
  }
  .state {
    color: var(--jb-accent-text);
  }
  .actions {
    display: flex;
    flex-direction: column;
    gap: 0.1rem;
    padding-left: 0.25rem;
  }
  .actions button {
    font-size: 0.75rem;
    padding: 0.15em 0.5em;
    justify-content: flex-start;
  }
  .actions button.danger {
    color: var(--jb-danger-fg);
  }
  .bar {
    display: block;
    height: 1rem;
    width: 60%;
    border-radius: 4px;
    background: var(--jb-border);
    opacity: 0.6;
  }
  .bar.short {
    width: 30%;
    height: 0.7rem;
    grid-column: 1;
  }
  @media (pointer: coarse), (max-width: 600px) {
    li {
      flex-wrap: wrap;
      align-content: center;
    }
    a {
      flex-basis: 100%;
      height: auto;
      padding-block: 0.3rem;
    }
    .actions {
      flex-direction: row;
      gap: 0.25rem;
      padding: 0 0.5rem;
    }
  }
`;
