/**
 * An image's intrinsic size when the page can know it before loading: its width and
 * height attributes, else the size Sina's image host writes into its URLs
 * (`…/w600h250/…`, `…_w640h360.jpg`). Null when neither gives both, or the numbers are
 * absurd (a placeholder must never be a 100,000 px box).
 */
const SINA_SIZE = /(?:^|[/_.-])w(\d{2,5})h(\d{2,5})(?=[/_.-]|$)/;
const MAX_SIDE = 10_000;

function sane(value: number | null): number | null {
  return value !== null && Number.isInteger(value) && value > 0 && value <= MAX_SIDE ? value : null;
}

export function imageSize(src: string, width: number | null, height: number | null): { readonly width: number; readonly height: number } | null {
  const w = sane(width);
  const h = sane(height);
  if (w !== null && h !== null) return { width: w, height: h };
  let path = src;
  try {
    path = new URL(src, 'https://host.invalid').pathname;
  } catch {
    // Not a URL: read it as it is.
  }
  const match = SINA_SIZE.exec(path);
  const fromUrl = match ? { width: sane(Number(match[1])), height: sane(Number(match[2])) } : null;
  return fromUrl && fromUrl.width !== null && fromUrl.height !== null ? { width: fromUrl.width, height: fromUrl.height } : null;
}
