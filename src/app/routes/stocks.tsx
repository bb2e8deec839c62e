import type { QueryClient } from '@tanstack/react-query';

import { StockDirectory } from '../../features/stocks/components/stock-directory';
import { prefetchManifest } from './prefetch';

export function stocksLoader(queryClient: QueryClient) {
  return async () => {
    await prefetchManifest(queryClient);
    return null;
  };
}

/** "/stocks": every stock with its article count. */
export function StocksRoute() {
  return <StockDirectory />;
}
