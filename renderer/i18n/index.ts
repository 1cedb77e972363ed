/**
 * The page's language (i18next via shared/i18n/languages.ts): the system's (`navigator.language`)
 * until the library's saved choice arrives (jb-settings applies it), then whatever Settings picks.
 * `updateWhenLanguageChanges` re-renders each component after a change.
 */
import { languages } from '../../shared/i18n/languages.js';
import { en, type Strings } from './en.js';
import { zhCN } from './zh-CN.js';

const ui = languages<Strings>({ en, 'zh-CN': zhCN }, navigator.language);

export const language = ui.language;
export const setLanguage = ui.use;
export const onLanguageChange = ui.onChange;

/**
 * The strings of the language in use. A live binding: every module that imports `t` reads the new
 * language's strings after a change, at render time, so components only need to re-render.
 */
export let t: Strings = ui.strings();

const follow = (): void => {
  t = ui.strings();
  document.documentElement.lang = ui.language();
};
ui.onChange(follow);
follow();
