import { useImageFailure } from '../../../components/use-image-failure';

import { strings } from '../../../shared/strings';

interface ArticleImageProps {
  /** Already checked by the sanitizer: http(s) or root-relative. */
  readonly src: string;
  readonly alt: string;
  readonly width: number | null;
  readonly height: number | null;
  /** On a line of its own (a figure, a paragraph holding only images), or inline in text. */
  readonly block: boolean;
}

function positive(value: number | null): number | null {
  return value !== null && value > 0 ? value : null;
}

/**
 * An image of the article body: lazy, sends no referrer (Sina's image host refuses
 * hot-links that do). When it cannot be shown — a 404, an empty answer, offline — it
 * becomes a quiet placeholder of the same shape (known from width and height, else
 * 16:9) with an icon and the alt text: never the browser's broken-image icon.
 * No inline styles: the placeholder's shape comes from an invisible SVG's viewBox.
 */
export function ArticleImage({ src, alt, width, height, block }: ArticleImageProps) {
  const [failed, imageHandlers] = useImageFailure();
  const w = positive(width);
  const h = positive(height);

  if (failed) {
    const label = alt.trim() || strings.reader.imageUnavailable;
    const sized = w !== null && h !== null;
    return (
      <span
        role="img"
        aria-label={label}
        data-image-placeholder=""
        className={`relative max-w-full overflow-hidden rounded-lg border border-dashed border-line bg-sunken align-middle indent-0 text-faint ${
          block ? 'mx-auto my-1 flex w-fit' : 'mx-1 inline-flex w-fit'
        }`}
      >
        <svg
          aria-hidden="true"
          viewBox={sized ? `0 0 ${w} ${h}` : '0 0 16 9'}
          width={sized ? w : undefined}
          className={sized ? 'block h-auto max-w-full' : block ? 'block h-auto w-[min(24em,80vw)]' : 'block h-[4.5em] w-auto'}
        />
        <span className="absolute inset-0 flex flex-col items-center justify-center gap-2 p-3 text-center">
          <svg viewBox="0 0 24 24" aria-hidden="true" className="size-7 shrink-0 opacity-70">
            <rect x="3.5" y="5" width="17" height="14" rx="2" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path d="M6.5 16l4-4.5 3 3 2-2 2 3.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
            <circle cx="9" cy="9.5" r="1.3" fill="currentColor" />
          </svg>
          {block && <span className="line-clamp-2 max-w-[24em] text-[0.8em] leading-snug">{label}</span>}
        </span>
      </span>
    );
  }

  return (
    <img
      src={src}
      alt={alt}
      width={w ?? undefined}
      height={h ?? undefined}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      {...imageHandlers}
      className={`h-auto max-w-full dark:brightness-90 ${block ? 'mx-auto block rounded-md' : 'inline align-middle'}`}
    />
  );
}
