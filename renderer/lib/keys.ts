/** Keyboard shortcuts of the library and search. */

/** Whether a key press belongs to a text field, a list box or an editable element. */
export function typingIn(event: KeyboardEvent): HTMLElement | null {
  const target = event.composedPath()[0];
  return target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
    ? target
    : null;
}

/**
 * Ctrl/Cmd+K or `/` (search): `/` only outside text fields, where it would be typed; Ctrl/Cmd+K
 * anywhere but in multi-line text, where editors may give it a meaning of their own.
 */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  if (event.altKey || event.isComposing) return false;
  const field = typingIn(event);
  const mod = event.ctrlKey || event.metaKey;
  if (mod && !event.shiftKey && event.key.toLowerCase() === 'k')
    return !field || field.tagName === 'INPUT' || field.tagName === 'SELECT';
  return !mod && event.key === '/' && !field;
}
