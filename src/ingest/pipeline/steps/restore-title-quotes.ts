/**
 * Han characters and CJK punctuation/full-width forms: the characters around which the
 * feed pipeline's underscores can only have been quote marks.
 */
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';

// An underscore pair enclosing text with at least one Han character, with CJK, a space
// or the title's edge on both outer sides: 北京市_两区_建设 → 北京市“两区”建设,
// 企稳 _反内卷_成效 → 企稳 “反内卷”成效.
const QUOTED = new RegExp(`(^|[\\s${CJK}])_([^_\\s](?:[^_]*[^_\\s])?)_(?=$|[\\s${CJK}])`, 'gu');
const HAS_HAN = /\p{Script=Han}/u;

/**
 * Undoes the feed pipeline's replacement of quote marks by underscores in titles.
 * Only pairs that enclose Chinese text between CJK characters (or spaces) are restored; underscores
 * in code, file names or English text (snake_case, A_B_C) stay as they are.
 */
export function restoreTitleQuotes(title: string): string {
  return title.replace(QUOTED, (match, before: string, inner: string) => (HAS_HAN.test(inner) ? `${before}“${inner}”` : match)).trim();
}
