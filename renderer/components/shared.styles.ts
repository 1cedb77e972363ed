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
  /* A finger, not a mouse: on a touch screen, or in a window as narrow as a phone's, every control is at least
     44 px each way (WCAG 2.5.5), whatever size its component gives it. */
  @media (pointer: coarse), (max-width: 600px) {
    button,
    summary,
    a.target {
      min-height: 44px;
      min-width: 44px;
      justify-content: center;
    }
    input:not([type='checkbox'], [type='radio'], [type='range']),
    select {
      min-height: 44px;
    }
    summary,
    a.target {
      display: flex;
      align-items: center;
    }
  }
`;

/** Text fields and selects (the library's filters, an article's details, collections). */
export const fields = css`
  input,
  select {
    font: inherit;
    font-size: 0.95rem;
    color: inherit;
    background: var(--jb-surface);
    border: 1px solid var(--jb-border);
    border-radius: 6px;
    padding: 0.45rem 0.7rem;
  }
  input::placeholder {
    color: var(--jb-muted);
  }
`;

/** A rendered Markdown note (lists inside it must not look like the cards that hold it). */
export const noteMarkdown = css`
  .note ul,
  .note ol {
    display: block;
    list-style: revert;
    padding-left: 1.4em;
    margin: 0 0 0.4em;
  }
  .note li {
    display: list-item;
    background: none;
    border: none;
    border-radius: 0;
    padding: 0;
    margin: 0;
    box-shadow: none;
    content-visibility: visible;
  }
`;

/** Annotation cards, in the side panel and the Notes view: a list of cards edged in their colour. */
export const annotationCards = css`
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.6rem;
  }
  li {
    background: var(--jb-surface);
    border: 1px solid var(--jb-border);
    border-left: 4px solid var(--swatch, var(--jb-rule-strong));
    border-radius: 6px;
  }
`;

/** \`--swatch\` for an entry of each highlight colour (its border or dot). */
export const swatches = css`
  li.yellow {
    --swatch: var(--jb-swatch-yellow);
  }
  li.green {
    --swatch: var(--jb-swatch-green);
  }
  li.blue {
    --swatch: var(--jb-swatch-blue);
  }
  li.pink {
    --swatch: var(--jb-swatch-pink);
  }
  li.purple {
    --swatch: var(--jb-swatch-purple);
  }
  li.orange {
    --swatch: var(--jb-swatch-orange);
  }
`;
