import { strings } from '../shared/strings';
import { FallbackImage } from './fallback-image';

/**
 * An article's head image as a list thumbnail: decorative (the title says it all). One
 * that cannot load takes no room, so on a phone the text gets the row's whole width
 * back instead of sharing it with an empty tile.
 */
export function ArticleThumbnail({ src }: { readonly src: string }) {
  return <FallbackImage src={src} alt="" fallbackLabel={strings.list.noImage} collapse className="mt-1 h-18 w-24 shrink-0 rounded-lg sm:h-22 sm:w-32" />;
}
