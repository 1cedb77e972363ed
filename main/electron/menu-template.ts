import type { MenuItemConstructorOptions } from 'electron';
import type { ElectronStrings } from './strings.js';

export interface MenuActions {
  importFiles(): void;
  exportNotes(): void;
  exportNotesToFolder(): void;
}

/**
 * The native menu with the usual roles and shortcuts; Import is Ctrl/Cmd+O on every platform. Every item
 * carries its label in the interface's language: Electron names role items in English only.
 */
export function menuTemplate(
  platform: NodeJS.Platform,
  actions: MenuActions,
  { menu }: ElectronStrings,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: menu.file,
    submenu: [
      { label: menu.importFiles, accelerator: 'CmdOrCtrl+O', click: () => actions.importFiles() },
      { label: menu.exportNotes, accelerator: 'CmdOrCtrl+E', click: () => actions.exportNotes() },
      { label: menu.exportToFolder, click: () => actions.exportNotesToFolder() },
      { type: 'separator' },
      mac ? { role: 'close', label: menu.closeWindow } : { role: 'quit', label: menu.quit },
    ],
  };
  const template: MenuItemConstructorOptions[] = [
    file,
    {
      label: menu.edit,
      submenu: [
        { role: 'undo', label: menu.undo },
        { role: 'redo', label: menu.redo },
        { type: 'separator' },
        { role: 'cut', label: menu.cut },
        { role: 'copy', label: menu.copy },
        { role: 'paste', label: menu.paste },
        { role: 'delete', label: menu.delete },
        { type: 'separator' },
        { role: 'selectAll', label: menu.selectAll },
      ],
    },
    {
      label: menu.view,
      submenu: [
        { role: 'reload', label: menu.reload },
        { type: 'separator' },
        { role: 'resetZoom', label: menu.resetZoom },
        { role: 'zoomIn', label: menu.zoomIn },
        { role: 'zoomOut', label: menu.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: menu.fullScreen },
      ],
    },
    {
      label: menu.window,
      role: 'window',
      submenu: [
        { role: 'minimize', label: menu.minimize },
        { role: 'zoom', label: menu.zoom },
        ...(mac ? [] : [{ role: 'close', label: menu.closeWindow } as const]),
      ],
    },
  ];
  if (!mac) return template;
  const appMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    submenu: [
      { role: 'about', label: menu.about },
      { type: 'separator' },
      { role: 'services', label: menu.services },
      { type: 'separator' },
      { role: 'hide', label: menu.hide },
      { role: 'hideOthers', label: menu.hideOthers },
      { role: 'unhide', label: menu.showAll },
      { type: 'separator' },
      { role: 'quit', label: menu.quitApp },
    ],
  };
  return [appMenu, ...template];
}
