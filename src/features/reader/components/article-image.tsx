import { useState } from 'react';

import { Icon } from '../../../components/icon';
import { useImageFailure } from '../../../components/use-image-failure';
import { imageSize } from '../../../lib/image-size';
import { readerStrings } from '../reader-strings';
import { useOnline } from '../../offline/use-online';

interface ArticleImageProps {
  /** Already checked by the sanitizer: http(s) or root-relative. */
  readonly src: string;
  readonly alt: string;
  readonly width: number | null;
  readonly height: number | null;
  /** On a line of its own (a figure, a paragraph holding only images), or inline in text. */
  readonly block: boolean;
}

/**
 * An image of the article body: lazy, sends no referrer (Sina's image host refuses
 * hot-links that do). When it cannot be shown — a 404, an empty answer, offline — it
 * becomes a quiet placeholder, never the browser's broken-image icon: of the image's
 * shape where its size is known (attributes, or Sina's `w600h250` in the URL), else one
 * compact line; with the caption, and 重试 while online (a new request, as the image is
 * mounted afresh). No inline styles: the shape comes from an invisible SVG's viewBox.
 */
export function ArticleImage({ src, alt, width, height, block }: ArticleImageProps) {
  const [attempt, setAttempt] = useState(0);
  return <ArticleImageAttempt key={attempt} src={src} alt={alt} width={width} height={height} block={block} onRetry={() => setAttempt((n) => n + 1)} />;
}

function ArticleImageAttempt({ src, alt, width, height, block, onRetry }: ArticleImageProps & { readonly onRetry: () => void }) {
  const [failed, imageHandlers] = useImageFailure();
  const online = useOnline();
  const size = imageSize(src, width, height);

  if (failed) {
    const label = alt.trim() || readerStrings.imageUnavailable;
    const retry = online && (
      // data-reader-control: the reader's own control, which no post can carry (the
      // allow-list keeps no such attribute), so checks for a post's active content skip it.
      <button
        type="button"
        data-reader-control=""
        onClick={onRetry}
        className="pointer-events-auto min-h-9 rounded-md px-2 text-[0.8em] text-accent underline underline-offset-4 hover:bg-surface"
      >
        {readerStrings.imageRetry}
      </button>
    );
    const icon = <Icon name="image" className="size-5 opacity-70" />;
    if (size && block) {
      return (
        <span
          role="group"
          aria-label={label}
          data-image-placeholder=""
          className="relative mx-auto my-1 flex w-fit max-w-full overflow-hidden rounded-lg border border-dashed border-line bg-sunken indent-0 text-faint"
        >
          <svg aria-hidden="true" viewBox={`0 0 ${size.width} ${size.height}`} width={size.width} className="block h-auto max-w-full" />
          <span className="pointer-events-none absolute inset-0 flex flex-col items-center justify-center gap-1.5 p-3 text-center">
            <span aria-hidden="true" className="flex items-center gap-2">
              {icon}
              <span className="line-clamp-2 max-w-[24em] text-[0.8em] leading-snug">{label}</span>
            </span>
            {retry}
          </span>
        </span>
      );
    }
    return (
      <span
        role="group"
        aria-label={label}
        data-image-placeholder=""
        className={`items-center gap-2 rounded-md border border-dashed border-line bg-sunken px-2.5 py-1 align-middle indent-0 text-faint ${
          block ? 'mx-auto my-1 flex w-fit max-w-full' : 'mx-1 inline-flex'
        }`}
      >
        <span aria-hidden="true" className="inline-flex min-w-0 items-center gap-2">
          {icon}
          {block && <span className="line-clamp-2 text-[0.8em] leading-snug">{label}</span>}
        </span>
        {retry}
      </span>
    );
  }

  return (
    <img
      src={src}
      alt={alt}
      width={size?.width}
      height={size?.height}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      {...imageHandlers}
      className={`h-auto max-w-full dark:brightness-90 ${block ? 'mx-auto block rounded-md' : 'inline align-middle'}`}
    />
  );
}
