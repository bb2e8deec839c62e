import { use, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

import { ToastRegionContext } from './toast-region-context';

/**
 * Shows its children in the toast region (<ToastRegion>), whatever the page around
 * them: a portal, so a sticky header's backdrop-filter or a list's transform never
 * becomes the containing block of something meant to float over the window. The
 * children keep their own roles (status, alert) and their events bubble through React
 * as if in place. Without a region above, they render in place.
 */
export function Toast({ children }: { readonly children: ReactNode }) {
  const region = use(ToastRegionContext);
  if (region === undefined) return children;
  return region === null ? null : createPortal(children, region);
}
