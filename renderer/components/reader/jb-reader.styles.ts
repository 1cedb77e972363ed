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
  /* The encoding a guessed text file is read in, to pick another when its characters look wrong. */
  .source .encoding {
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
    margin-top: 0.5rem;
    font-size: 0.8rem;
    color: var(--jb-muted);
  }
  .source select {
    font: inherit;
    font-size: 0.85rem;
    color: var(--jb-fg);
    background: var(--jb-surface);
    border: 1px solid var(--jb-border);
    border-radius: 6px;
    padding: 0.35rem 0.5rem;
    max-width: 100%;
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
  /* Wide windows show the side panel beside the text: no drawer. */
  .drawer-toggle,
  .drawer-close {
    display: none;
  }
  @media (max-width: 900px) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    /* Narrow windows: the side panel is a drawer from the right, below the header. */
    aside {
      position: fixed;
      top: 3.5rem;
      right: 0;
      bottom: 0;
      z-index: 25;
      width: min(22rem, 100vw - 2.5rem);
      max-height: none;
      box-sizing: border-box;
      padding: 0.5rem 1rem 2rem;
      background: var(--jb-bg);
      border-left: 1px solid var(--jb-border);
      box-shadow: -8px 0 24px rgb(0 0 0 / 0.16);
      transform: translateX(100%);
      /* Closed, nothing in it can be focused or read out. */
      visibility: hidden;
      transition:
        transform 0.2s,
        visibility 0.2s;
    }
    aside.open {
      transform: none;
      visibility: visible;
    }
    .drawer-close {
      display: inline-flex;
      margin-left: auto;
    }
    .drawer-toggle {
      display: inline-flex;
      position: fixed;
      right: 1rem;
      bottom: 1rem;
      z-index: 26;
      min-height: 2.75rem;
      box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
    }
  }
  @media (max-width: 600px) {
    .layout {
      padding: 1.25rem 0.9rem 5rem;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    aside {
      transition: none;
    }
  }
`;
