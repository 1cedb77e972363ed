/**
 * The `jianbao` command's own words in the interface's languages, served as the page's and the desktop
 * app's are (shared/i18n/languages.ts). The language is the system's, as command-line tools take it:
 * LC_ALL, then LC_MESSAGES, then LANG, then what Intl reports. Commands, options and JSON stay English.
 */
import type { UiLanguage } from '../../../shared/contract/vocabulary.js';
import { languages } from '../../../shared/i18n/languages.js';
import { cliEn, type CliStrings } from './cli-strings.en.js';
import { cliZhCN } from './cli-strings.zh-CN.js';

export type { CliStrings } from './cli-strings.en.js';

const cli = languages<CliStrings>({ en: cliEn, 'zh-CN': cliZhCN }, 'en');

/** The locale the environment asks for, as command-line tools read it ("zh_CN.UTF-8" → "zh-CN"). */
export function systemLocale(env: NodeJS.ProcessEnv): string {
  // The first variable set decides, as in POSIX; "C" and "POSIX" ask for no language (English).
  const named = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value);
  if (!named) return Intl.DateTimeFormat().resolvedOptions().locale;
  const locale = named.replace(/[.@].*$/u, '').replace('_', '-');
  return locale === 'C' || locale === 'POSIX' ? 'en' : locale;
}

/** The strings in use, and their language (the library answers in it): live bindings set by useLocale. */
export let t: CliStrings = cliEn;
export let language: UiLanguage = 'en';

/** Speaks the language of `locale`, matched to one there is (`zh-TW` → Chinese, `fr` → English). */
export function useLocale(locale: string): void {
  cli.use(locale);
  t = cli.strings();
  language = cli.language();
}
