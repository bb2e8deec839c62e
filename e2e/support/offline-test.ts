import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Playwright's `test`, with every request to a host other than the local preview
 * server answered by an empty stub, so no journey touches the network
 * (the fixture posts link Sina images and quote pages).
 */
export const test = base.extend<{ stubExternalRequests: void }>({
  stubExternalRequests: [
    async ({ context }, use) => {
      await context.route(
        (url) => !LOCAL_HOSTS.has(url.hostname),
        (route) => route.fulfill({ status: 204, body: '' }),
      );
      await use();
    },
    { auto: true },
  ],
});
