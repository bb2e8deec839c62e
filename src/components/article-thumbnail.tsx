import { strings } from '../shared/strings';
import { FallbackImage } from './fallback-image';

/** An article's head image as a list thumbnail: decorative (the title says it all), degrading to a tile. */
export function ArticleThumbnail({ src }: { readonly src: string }) {
  return <FallbackImage src={src} alt="" fallbackLabel={strings.list.noImage} className="mt-1 h-18 w-24 shrink-0 rounded-lg sm:h-22 sm:w-32" />;
}
