import { css } from 'lit';

export const appStyles = css`
  :host {
    display: block;
    min-height: 100vh;
  }
  header {
    position: sticky;
    top: 0;
    z-index: 30;
    display: flex;
    align-items: center;
    gap: 0.75rem;
    height: 3.5rem;
    padding: 0 1rem;
    background: color-mix(in srgb, var(--jb-bg) 88%, transparent);
    backdrop-filter: blur(8px);
    border-bottom: 1px solid var(--jb-border);
  }
  .nav {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font-size: 0.875rem;
    color: inherit;
    text-decoration: none;
    padding: 0.4em 0.8em;
    border-radius: 6px;
    border: 1px solid transparent;
    line-height: 1.2;
  }
  .nav:hover {
    background: var(--jb-hover);
  }
  .nav[aria-current='page'] {
    border-color: var(--jb-border);
    background: var(--jb-surface);
    font-weight: 600;
  }
  .brand {
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
    color: inherit;
    text-decoration: none;
    margin-right: auto;
  }
  .brand .zh {
    font-family: var(--jb-font-serif);
    font-weight: 900;
    font-size: 1.35rem;
    color: var(--jb-accent-text);
    letter-spacing: 0.08em;
  }
  .brand .en {
    font-size: 0.85rem;
    font-weight: 600;
    color: var(--jb-muted);
    letter-spacing: 0.04em;
  }
  .drop {
    position: fixed;
    inset: 0.75rem;
    z-index: 60;
    display: grid;
    place-items: center;
    border: 3px dashed var(--jb-accent);
    border-radius: 16px;
    background: color-mix(in srgb, var(--jb-bg) 85%, transparent);
    font-size: 1.3rem;
    font-weight: 600;
    color: var(--jb-accent-text);
    pointer-events: none;
  }
  input[type='file'] {
    display: none;
  }
  /* Narrow windows: the header's buttons show their icons only; their words stay their names. */
  @media (max-width: 700px) {
    header {
      gap: 0.4rem;
      padding: 0 0.5rem;
    }
    header .label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    header button,
    .nav {
      min-width: 2.75rem;
      min-height: 2.75rem;
      justify-content: center;
    }
    .brand .en {
      display: none;
    }
  }
`;
