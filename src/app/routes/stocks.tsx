import { StockDirectory } from '../../features/stocks/components/stock-directory';

/** "/stocks": every stock with its article count. */
export function StocksRoute() {
  return <StockDirectory />;
}
