import { css } from 'lit';

/** A figure block: its picture fits the column; a picture not kept is a box with its address as plain text. */
export const figureStyles = css`
  .figure {
    margin: 1.6em 0;
    text-align: center;
  }
  .figure img {
    max-width: 100%;
    height: auto;
  }
  .figure figcaption {
    font-family: var(--jb-font-ui);
    font-size: 0.85rem;
    line-height: 1.6;
    color: var(--jb-muted);
    margin-top: 0.5em;
    text-align: left;
    text-indent: 0;
  }
  .picture-missing {
    display: flex;
    flex-direction: column;
    gap: 0.3em;
    padding: 1em;
    border: 1px dashed var(--jb-rule-strong);
    border-radius: 6px;
    font-family: var(--jb-font-ui);
    font-size: 0.85rem;
    line-height: 1.5;
    color: var(--jb-muted);
    text-align: left;
  }
  .picture-address {
    font-family: var(--jb-font-mono);
    overflow-wrap: anywhere;
  }
`;
