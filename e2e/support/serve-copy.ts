import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Headers a host adds for a path (e.g. from the build's `_headers`: see headers-file.ts). */
export type HeadersFor = (path: string) => Readonly<Record<string, string | readonly string[]>>;

/**
 * A throwaway static host for a copy of the built site, so a test can "deploy" a new
 * version by editing files, as a real host would, without touching the shared preview
 * server. Like the preview server it answers unknown paths with index.html.
 */
export async function serveCopy(root: string, headersFor: HeadersFor = () => ({})): Promise<{ readonly origin: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    let file = resolve(root, `.${path}`);
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      if (path.startsWith('/data/') || extname(path) !== '') {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not Found');
        return;
      }
      file = join(root, 'index.html');
    }
    const served = `/${file
      .slice(root.length + 1)
      .split(sep)
      .join('/')}`;
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ...headersFor(served),
    });
    response.end(readFileSync(file));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}
