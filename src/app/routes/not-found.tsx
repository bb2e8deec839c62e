import { NotFoundPanel } from '../../components/not-found-panel';
import { strings } from '../../shared/strings';

/** Every path no other route claims. */
export function NotFoundRoute() {
  return <NotFoundPanel title={strings.app.pageTitle(strings.notFound.pageTitle)} heading={strings.notFound.heading} hint={strings.notFound.hint} />;
}
