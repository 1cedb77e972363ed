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
export const underlineIcon = icon(svg`<path d="M7 4v7a5 5 0 0 0 10 0V4"/><path d="M5 20h14"/>`);
export const bookmarkIcon = icon(svg`<path d="M6 3h12v18l-6-5-6 5z"/>`);
export const tagIcon = icon(svg`<path d="M3 12V4h8l10 10-8 8z"/><circle cx="7.5" cy="8.5" r="1.2"/>`);
export const undoIcon = icon(svg`<path d="M9 14 4 9l5-5"/><path d="M4 9h10a6 6 0 0 1 0 12h-3"/>`);
export const redoIcon = icon(svg`<path d="m15 14 5-5-5-5"/><path d="M20 9H10a6 6 0 0 0 0 12h3"/>`);
export const notesIcon = icon(svg`<path d="M5 3h10l4 4v14H5z"/><path d="M9 10h6M9 14h6M9 18h4"/>`);
export const settingsIcon = icon(
  svg`<circle cx="12" cy="12" r="3"/><path d="M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1 7 17M17 7l2.1-2.1"/>`,
);
