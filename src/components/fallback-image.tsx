import { isSafeUrl } from '../shared/html-policy';
import { Icon } from './icon';
import { useImageFailure } from './use-image-failure';

interface FallbackImageProps {
  readonly src: string;
  readonly alt: string;
  readonly className?: string;
  /** Shown in the placeholder's tooltip and to screen readers when the image fails. */
  readonly fallbackLabel: string;
  /** When it fails, take no room at all (a decorative thumbnail) instead of a tile. */
  readonly collapse?: boolean;
}

/**
 * An external image that degrades gracefully: lazy, sends no referrer (Sina's image host
 * refuses hot-links that do), and when it fails — offline, blocked, 404 — it becomes a
 * neat tile of the same size instead of a broken-image icon. A URL the one URL rule
 * refuses for images (html-policy.ts: https or root-relative, canonical) is never loaded:
 * it shows as a failed image at once.
 */
export function FallbackImage({ src, alt, className = '', fallbackLabel, collapse = false }: FallbackImageProps) {
  const [loadFailed, imageHandlers] = useImageFailure();
  const failed = loadFailed || !isSafeUrl(src, 'image');
  if (failed && collapse) return null;
  if (failed) {
    return (
      <span role="img" aria-label={alt || fallbackLabel} title={fallbackLabel} className={`flex items-center justify-center bg-sunken text-faint ${className}`}>
        <Icon name="image" className="size-6 opacity-70" />
      </span>
    );
  }
  return (
    <img
      src={src}
      alt={alt}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      {...imageHandlers}
      className={`bg-sunken object-cover ${className}`}
    />
  );
}
