/**
 * The language of a piece of article text, for its `lang` attribute: 'zh' when Han characters are more
 * than 30% of its letters (a Chinese text quoting English names stays Chinese), else 'en'. The browser
 * picks fonts, line breaking and a screen reader's voice by it, whatever the interface's language, and
 * the reader picks Chinese typography (indent, justify) by it.
 */
export function guessLang(text: string): 'zh' | 'en' {
  const sample = text.slice(0, 2000);
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 1;
  return han / letters > 0.3 ? 'zh' : 'en';
}
