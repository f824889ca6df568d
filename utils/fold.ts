/** One way to compare words from anywhere: field labels, source names, site names. No DOM: the worker uses it too. */

/**
 * Folds case, accents and separators, keeping the letters of every script:
 * "Descrição da vaga" → "descricao da vaga", "applyUrl" → "apply url", "応募URL" → "応募 url".
 * Accents go (NFD, then the combining marks of Latin, Greek and Cyrillic), then what is left
 * recomposes (NFC), so Japanese voiced kana stay whole.
 */
export function fold(text: string): string {
  return withoutAccents(text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'))
    .toLowerCase()
    .replace(/([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])(?=[\p{sc=Latin}\p{N}])|([\p{sc=Latin}\p{N}])(?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])/gu, '$1$2 ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The accents gone, everything else as it was: "Équipe référence" → "Equipe reference". The one
 * place accents are stripped (word matching above, the popup's filter, file names).
 */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}
