import { Link } from 'react-router';

import { paths } from '../../../config/paths';
import type { StockRef } from '../../../shared/bundle-types';
import { formatStockSymbol } from '../../../shared/stock-markets';

/** A stock mentioned by an article; filters the list by it. */
export function StockChip({ stock, active = false }: { readonly stock: StockRef; readonly active?: boolean }) {
  return (
    <Link
      to={paths.home.getHref(`?stock=${encodeURIComponent(stock.code)}`)}
      title={formatStockSymbol(stock)}
      className={`inline-flex min-h-7 items-center gap-1 rounded-full border px-2.5 text-xs transition-colors ${
        active ? 'border-accent bg-accent-soft text-accent' : 'border-line text-muted hover:border-mark-line hover:bg-mark'
      }`}
    >
      <span>{stock.name}</span>
      <span className="text-faint tabular-nums">{stock.market === 'OTHER' ? '' : stock.symbol}</span>
    </Link>
  );
}
