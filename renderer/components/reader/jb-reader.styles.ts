import { css } from 'lit';

export const readerStyles = css`
  :host {
    display: block;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 20rem;
    gap: 2.5rem;
    max-width: 78rem;
    margin: 0 auto;
    padding: 2.5rem 1.5rem 6rem;
  }
  .column {
    position: relative;
    min-width: 0;
  }
  aside {
    position: sticky;
    top: 4.5rem;
    align-self: start;
    max-height: calc(100vh - 6rem);
    overflow-y: auto;
    padding: 0.25rem 0.25rem 1rem;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
    margin: 1.25rem 0 0.5rem;
  }
  .tools button {
    font-size: 0.8rem;
    padding: 0.35em 0.6em;
  }
  .tools button[aria-pressed='true'] {
    background: var(--jb-hover);
  }
  .spacer {
    margin-right: auto;
  }
  .status-line {
    min-height: 1.2em;
    margin: 0 0 0.5rem;
    font-size: 0.8rem;
    color: var(--jb-muted);
  }
  jb-note-editor.article-note {
    display: block;
    margin-bottom: 1rem;
  }
  .source {
    margin-top: 1.5rem;
    border-top: 1px solid var(--jb-rule);
    padding-top: 0.75rem;
  }
  .source button {
    font-size: 0.8rem;
    color: var(--jb-muted);
  }
  .editor {
    position: absolute;
    z-index: 15;
    width: min(24rem, 100%);
    background: var(--jb-surface);
    border: 1px solid var(--jb-border);
    border-radius: 8px;
    box-shadow: 0 8px 28px rgb(0 0 0 / 0.18);
    padding: 0.75rem;
  }
  .matches {
    position: sticky;
    top: 4rem;
    z-index: 10;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    max-width: 36em;
    margin: -1rem auto 1.5rem;
    padding: 0.4rem 0.5rem 0.4rem 0.9rem;
    font-size: 0.88rem;
    background: var(--jb-surface);
    border: 1px solid var(--jb-border);
    border-left: 4px solid var(--jb-search-line);
    border-radius: 6px;
  }
  .matches span {
    margin-right: auto;
  }
  .status {
    text-align: center;
    color: var(--jb-muted);
    padding: 4rem 1rem;
  }
  @media (max-width: 900px) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    aside {
      position: static;
      max-height: none;
      border-top: 1px solid var(--jb-rule);
      padding-top: 1.5rem;
    }
  }
`;
