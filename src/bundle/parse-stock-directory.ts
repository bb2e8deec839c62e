import type { StockDirectory } from '../shared/bundle-types';
import { BUNDLE_LIMITS } from '../shared/bundle-limits';
import { invalid, list, object } from '../lib/check-json';
import { checkStockSummary } from './bundle-checks';

const checkDirectory = object({ stocks: list(checkStockSummary, BUNDLE_LIMITS.stocks) });

/** Checks the stock directory: as many stocks as the manifest says, each code once. */
export function parseStockDirectory(value: unknown, file: string, stockCount: number): StockDirectory {
  const directory = checkDirectory(value, file);
  if (directory.stocks.length !== stockCount) {
    throw invalid(file, 'stocks', `lists ${directory.stocks.length} stocks, the manifest ${stockCount}`);
  }
  if (new Set(directory.stocks.map((s) => s.code)).size !== stockCount) throw invalid(file, 'stocks', 'lists a stock code twice');
  return directory;
}
