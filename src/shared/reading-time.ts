/** Chinese readers manage about 400 characters a minute (words do not apply to CJK text). */
export const CHARACTERS_PER_MINUTE = 400;

/** Minutes to read `charCount` characters: rounded, never less than one. */
export function readingMinutes(charCount: number): number {
  return Math.max(1, Math.round(charCount / CHARACTERS_PER_MINUTE));
}
