/**
 * The desktop app's own words (menus and native dialogs) in the interface's languages, served as the
 * page's are (shared/i18n/languages.ts): the library's saved language, else the system's locale
 * (`app.getLocale()`), matched to one there is.
 */
import type { Said } from '../../shared/i18n/said.js';
import { languages } from '../../shared/i18n/languages.js';

const plural = new Intl.PluralRules('en');

export const electronEn = {
  menu: {
    file: '&File',
    importFiles: 'Import Files…',
    exportNotes: 'Export Notes…',
    exportToFolder: 'Export Notes to Folder…',
    closeWindow: 'Close Window',
    quit: 'Quit',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    delete: 'Delete',
    selectAll: 'Select All',
    view: '&View',
    reload: 'Reload',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Toggle Full Screen',
    window: '&Window',
    minimize: 'Minimize',
    zoom: 'Zoom',
    about: 'About Jianbao',
    services: 'Services',
    hide: 'Hide Jianbao',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    quitApp: 'Quit Jianbao',
  },
  importDialog: {
    title: 'Import into Jianbao',
    articles: 'Articles (text, Markdown, PDF, web pages, EPUB, Word)',
    allFiles: 'All files',
    unreadable: (name: string, reason: string) => `${name} could not be read: ${reason}`,
    notImported: 'Some files were not imported',
    /** Why a file was refused, as the library says it in this language. */
    reason: (said: Said) => said.en,
  },
  exportDialog: {
    title: 'Export notes to a folder',
    exported: (n: number) =>
      `Exported the notes of ${n} ${plural.select(n) === 'one' ? 'article' : 'articles'}`,
    failed: 'The notes were not exported',
  },
  startup: {
    title: 'Jianbao cannot open its library',
    detail: (path: string, reason: string) =>
      `${path}\n\n${reason}\n\nNothing was changed. Check that the file is readable, or start Jianbao with JIANBAO_DB set to another library.`,
  },
};

export type ElectronStrings = typeof electronEn;

export const electronZhCN: ElectronStrings = {
  menu: {
    file: '文件(&F)',
    importFiles: '导入文件…',
    exportNotes: '导出笔记…',
    exportToFolder: '导出笔记到文件夹…',
    closeWindow: '关闭窗口',
    quit: '退出',
    edit: '编辑(&E)',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    delete: '删除',
    selectAll: '全选',
    view: '视图(&V)',
    reload: '重新载入',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    fullScreen: '切换全屏',
    window: '窗口(&W)',
    minimize: '最小化',
    zoom: '缩放',
    about: '关于剪报',
    services: '服务',
    hide: '隐藏剪报',
    hideOthers: '隐藏其他',
    showAll: '全部显示',
    quitApp: '退出剪报',
  },
  importDialog: {
    title: '导入到剪报',
    articles: '文章（文本、Markdown、PDF、网页、EPUB、Word）',
    allFiles: '所有文件',
    unreadable: (name, reason) => `无法读取 ${name}：${reason}`,
    notImported: '有些文件没有导入',
    reason: (said) => said['zh-CN'],
  },
  exportDialog: {
    title: '把笔记导出到文件夹',
    exported: (n) => `已导出 ${n} 篇文章的笔记`,
    failed: '笔记没有导出',
  },
  startup: {
    title: '剪报无法打开文库',
    detail: (path, reason) =>
      `${path}\n\n${reason}\n\n没有做任何改动。请检查该文件是否可读，或设置 JIANBAO_DB 指向另一个文库后再启动剪报。`,
  },
};

const desktop = languages<ElectronStrings>({ en: electronEn, 'zh-CN': electronZhCN }, 'en');

/** The strings of the language that `locale` (a language of UI_LANGUAGES or a system locale) comes to. */
export function electronStrings(locale: string): ElectronStrings {
  desktop.use(locale);
  return desktop.strings();
}
