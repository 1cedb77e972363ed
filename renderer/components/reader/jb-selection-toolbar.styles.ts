import { css } from 'lit';

export const toolbarStyles = css`
  :host {
    position: absolute;
    z-index: 20;
    transform: translateX(-50%);
  }
  .bar {
    display: flex;
    /* A narrow window wraps the toolbar rather than letting it run off screen. */
    flex-wrap: wrap;
    justify-content: center;
    max-width: calc(100vw - 1.5rem);
    box-sizing: border-box;
    align-items: center;
    gap: 0.3rem;
    padding: 0.35rem 0.4rem;
    background: var(--jb-toolbar-bg);
    color: var(--jb-toolbar-fg);
    border-radius: 999px;
    box-shadow: 0 6px 20px rgb(0 0 0 / 0.25);
  }
  .swatch {
    width: 1.6rem;
    height: 1.6rem;
    padding: 0;
    border-radius: 50%;
    border: 2px solid rgb(255 255 255 / 0.85);
    justify-content: center;
  }
  .swatch:hover {
    transform: scale(1.12);
  }
  .yellow {
    background: var(--jb-swatch-yellow);
  }
  .green {
    background: var(--jb-swatch-green);
  }
  .blue {
    background: var(--jb-swatch-blue);
  }
  .pink {
    background: var(--jb-swatch-pink);
  }
  .purple {
    background: var(--jb-swatch-purple);
  }
  .orange {
    background: var(--jb-swatch-orange);
  }
  .sep {
    width: 1px;
    align-self: stretch;
    background: rgb(255 255 255 / 0.25);
    margin: 0 0.2rem;
  }
  .note {
    color: inherit;
    background: transparent;
    border-color: transparent;
    border-radius: 999px;
  }
  .note:hover {
    background: rgb(255 255 255 / 0.15);
  }
  .tool {
    color: inherit;
    background: transparent;
    border-color: transparent;
    border-radius: 999px;
    padding: 0.35em 0.45em;
  }
  .tool:hover {
    background: rgb(255 255 255 / 0.15);
  }
  .underline[data-color='yellow'] .icon {
    color: var(--jb-swatch-yellow);
  }
  .underline[data-color='green'] .icon {
    color: var(--jb-swatch-green);
  }
  .underline[data-color='blue'] .icon {
    color: var(--jb-swatch-blue);
  }
  .underline[data-color='pink'] .icon {
    color: var(--jb-swatch-pink);
  }
  .underline[data-color='purple'] .icon {
    color: var(--jb-swatch-purple);
  }
  .underline[data-color='orange'] .icon {
    color: var(--jb-swatch-orange);
  }
`;
