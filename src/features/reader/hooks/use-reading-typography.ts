import { useReadingSettings } from '../../settings/reading-settings';

/**
 * Body text sizes, one per settings step, smallest first. The reading column is 38em of
 * the body text wide, so a line holds about 36–38 characters whatever the size.
 */
const FONT_SIZE_CLASSES = ['text-[1rem]', 'text-[1.125rem]', 'text-[1.25rem]', 'text-[1.4375rem]'] as const;
const FONT_FAMILY_CLASSES = { sans: 'font-sans', serif: 'font-serif' } as const;

/** The classes that set the body text in the reader's chosen size and font. */
export function useReadingTypography(): { readonly sizeClass: string; readonly familyClass: string } {
  const { fontSize, fontFamily } = useReadingSettings();
  return {
    sizeClass: FONT_SIZE_CLASSES[fontSize] ?? FONT_SIZE_CLASSES[1],
    familyClass: FONT_FAMILY_CLASSES[fontFamily],
  };
}
