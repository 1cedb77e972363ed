import { svg } from 'lit';

// Small stroke icons (24×24 viewBox), decorative: the buttons that show them carry their own names.
const icon = (body: ReturnType<typeof svg>) =>
  svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

export const importIcon = icon(svg`<path d="M12 3v12"/><path d="m7 10 5 5 5-5"/><path d="M4 17v3h16v-3"/>`);
export const exportIcon = icon(svg`<path d="M12 15V3"/><path d="m7 8 5-5 5 5"/><path d="M4 17v3h16v-3"/>`);
export const backIcon = icon(svg`<path d="m15 18-6-6 6-6"/>`);
export const noteIcon = icon(svg`<path d="M4 20h4L19 9l-4-4L4 16z"/><path d="m13.5 6.5 4 4"/>`);
export const trashIcon = icon(
  svg`<path d="M4 7h16"/><path d="M10 11v6M14 11v6"/><path d="M6 7l1 13h10l1-13"/><path d="M9 7V4h6v3"/>`,
);
export const closeIcon = icon(svg`<path d="M6 6l12 12M18 6 6 18"/>`);
