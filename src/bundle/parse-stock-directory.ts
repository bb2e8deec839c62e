import type { StockDirectory } from '../shared/bundle-types';
import { BundleError } from '../lib/bundle-error';
import { list, object } from '../lib/check-json';
import { checkStockSummary } from './bundle-checks';

const checkDirectory = object({ stocks: list(checkStockSummary) });

/** Checks the stock directory: as many stocks as the manifest says, each code once. */
export function parseStockDirectory(value: unknown, file: string, stockCount: number): StockDirectory {
  const directory = checkDirectory(value, file);
  if (directory.stocks.length !== stockCount) {
    throw new BundleError('invalid', `${file}: lists ${directory.stocks.length} stocks, the manifest ${stockCount}`);
  }
  if (new Set(directory.stocks.map((s) => s.code)).size !== stockCount) throw new BundleError('invalid', `${file}: a stock code is listed twice`);
  return directory;
}
