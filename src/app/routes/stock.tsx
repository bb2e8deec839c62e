import { useParams } from 'react-router';

import { StockPage } from '../../features/stocks/components/stock-page';

/** "/stocks/:code": one stock's page. */
export function StockRoute() {
  const { code = '' } = useParams();
  return <StockPage code={code.toLowerCase()} />;
}
