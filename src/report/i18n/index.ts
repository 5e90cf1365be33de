/** Report languages: pick the texts for `--lang`. */
import { en } from './en.js';
import { LANGS, type Lang, type Messages } from './messages.js';
import { zh } from './zh.js';

export { LANGS };
export type { Lang, Messages };

const BY_LANG: Record<Lang, Messages> = { en, zh };

/**
 * The texts of one report language.
 *
 * @example
 * messagesFor('zh').sections.verdict; // '结论'
 */
export function messagesFor(lang: Lang): Messages {
  return BY_LANG[lang];
}

/** Whether a string names a supported report language (`en`, `zh`). */
export function isLang(x: string): x is Lang {
  return (LANGS as readonly string[]).includes(x);
}
