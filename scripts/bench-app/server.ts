/**
 * The benchmark's static server: the app build at `/`, one bundle at `/data/`, and pages
 * of the benchmark itself at `/__bench/` (the static floor). Text responses are gzipped
 * (compressed once per file, at zlib's default level, and kept in memory, as a host with
 * precompressed files would), and every response body is written in 16 KiB slices that
 * respect back-pressure, each slice logged with the time it was handed to the socket.
 * That log is what the benchmark reads its byte counts from: bytes sent up to an instant,
 * split into app code (everything outside `/data/`) and bundle data (`/data/**`).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';

const SLICE = 16 * 1024;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt', '.map']);
const NO_CACHE = new Set(['/index.html', '/sw.js', '/manifest.json', '/manifest.webmanifest', '/data/manifest.json']);

/** One slice of a response body handed to the socket. */
interface Slice {
  /** Server clock (performance.now() of this process), ms. */
  readonly time: number;
  readonly bytes: number;
  readonly data: boolean;
}

/** One request as the server saw it. */
export interface RequestRecord {
  readonly path: string;
  /** Server clock when the request's headers were parsed, ms. */
  readonly received: number;
  status: number;
  /** Body bytes written (compressed when gzipped). */
  bytes: number;
  finished: number | null;
}

export interface ByteSplit {
  /** Everything outside /data/: HTML, JS, CSS, icons, fonts, the web manifest. */
  readonly app: number;
  /** /data/**: the bundle. */
  readonly data: number;
}

interface Body {
  readonly buffer: Buffer;
  readonly gzipped: boolean;
}

export interface BenchServer {
  readonly origin: string;
  /** Serves another bundle at /data/ from now on. */
  setBundle(dir: string): void;
  /** Serves the app from another build folder (each corpus has its own prerendered index.html). */
  setApp(dir: string): void;
  /** Serves `html` at /__bench/<name>. */
  setPage(name: string, html: string): void;
  /** Forgets the requests and bytes of the previous run. */
  reset(): void;
  /** The server clock, ms. */
  now(): number;
  requests(): readonly RequestRecord[];
  /** Body bytes handed to the socket at or before `time` (server clock). */
  bytesUntil(time: number): ByteSplit;
  bytesTotal(): ByteSplit;
  /** Resolves once no response is in flight and nothing happened for `quietMs`. */
  waitIdle(quietMs?: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startServer(appDirectory: string, bundleDir: string): Promise<BenchServer> {
  let bundle = bundleDir;
  let appDir = appDirectory;
  const pages = new Map<string, string>();
  const gzipCache = new Map<string, { readonly key: string; readonly buffer: Buffer }>();
  let slices: Slice[] = [];
  let records: RequestRecord[] = [];
  let inFlight = 0;
  let lastActivity = performance.now();

  async function body(file: string, ext: string): Promise<Body> {
    const raw = await readFile(file);
    if (!COMPRESSIBLE.has(ext)) return { buffer: raw, gzipped: false };
    const info = await stat(file);
    const key = `${info.mtimeMs}:${info.size}`;
    const cached = gzipCache.get(file);
    if (cached?.key === key) return { buffer: cached.buffer, gzipped: true };
    const buffer = gzipSync(raw);
    gzipCache.set(file, { key, buffer });
    return { buffer, gzipped: true };
  }

  async function send(res: ServerResponse, record: RequestRecord, payload: Body, type: string, cache: string, head: boolean) {
    const data = record.path.startsWith('/data/');
    res.statusCode = record.status;
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Length', payload.buffer.length);
    res.setHeader('Cache-Control', cache);
    res.setHeader('Vary', 'Accept-Encoding');
    if (payload.gzipped) res.setHeader('Content-Encoding', 'gzip');
    if (head) return void res.end();
    for (let offset = 0; offset < payload.buffer.length; offset += SLICE) {
      const slice = payload.buffer.subarray(offset, offset + SLICE);
      const drained = res.write(slice);
      const time = performance.now();
      slices.push({ time, bytes: slice.length, data });
      record.bytes += slice.length;
      if (!drained) await new Promise<void>((resolve) => res.once('drain', resolve));
    }
    res.end();
  }

  /** The file a path maps to, or null: /data/ from the bundle, anything else from the app. */
  function resolveFile(path: string): string | null {
    const [root, rest] = path.startsWith('/data/') ? [bundle, path.slice('/data/'.length)] : [appDir, path.slice(1)];
    const file = normalize(join(root, rest));
    return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null;
  }

  async function handle(req: IncomingMessage, res: ServerResponse, record: RequestRecord): Promise<void> {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      record.status = 405;
      return void res.writeHead(405).end();
    }
    const gzipOk = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const page = record.path.startsWith('/__bench/') ? pages.get(record.path.slice('/__bench/'.length)) : undefined;
    if (page !== undefined) {
      const raw = Buffer.from(page);
      const payload = gzipOk ? { buffer: gzipSync(raw), gzipped: true } : { buffer: raw, gzipped: false };
      return send(res, record, payload, CONTENT_TYPES['.html']!, 'no-cache', head);
    }
    let path = record.path === '/' ? '/index.html' : record.path;
    let file = resolveFile(path);
    let found = file !== null && (await isFile(file));
    const lastSegment = path.split('/').at(-1) ?? '';
    if (!found && !path.startsWith('/data/') && !lastSegment.includes('.')) {
      // SPA fallback: a client-side route gets the app's page.
      path = '/index.html';
      file = resolveFile(path);
      found = file !== null && (await isFile(file));
    }
    if (!found || file === null) {
      record.status = 404;
      return send(res, record, { buffer: Buffer.from('Not Found'), gzipped: false }, CONTENT_TYPES['.txt']!, 'no-cache', head);
    }
    const ext = extname(file).toLowerCase();
    const payload = await body(file, ext);
    const cache = NO_CACHE.has(path) ? 'no-cache' : path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    const usable = payload.gzipped && !gzipOk ? { buffer: await readFile(file), gzipped: false } : payload;
    return send(res, record, usable, CONTENT_TYPES[ext] ?? 'application/octet-stream', cache, head);
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = url.pathname;
    }
    const record: RequestRecord = { path, received: performance.now(), status: 200, bytes: 0, finished: null };
    records.push(record);
    inFlight++;
    lastActivity = record.received;
    const done = () => {
      if (record.finished !== null) return;
      record.finished = performance.now();
      lastActivity = record.finished;
      inFlight--;
    };
    res.on('finish', done);
    res.on('close', done);
    handle(req, res, record).catch((error: unknown) => {
      record.status = 500;
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const split = (chosen: readonly Slice[]): ByteSplit => {
    let app = 0;
    let data = 0;
    for (const slice of chosen) {
      if (slice.data) data += slice.bytes;
      else app += slice.bytes;
    }
    return { app, data };
  };

  return {
    origin: `http://127.0.0.1:${port}`,
    setBundle: (dir) => void (bundle = dir),
    setApp: (dir) => void (appDir = dir),
    setPage: (name, html) => void pages.set(name, html),
    reset: () => {
      slices = [];
      records = [];
    },
    now: () => performance.now(),
    requests: () => records,
    bytesUntil: (time) => split(slices.filter((slice) => slice.time <= time)),
    bytesTotal: () => split(slices),
    waitIdle: async (quietMs = 500, timeoutMs = 60_000) => {
      const start = performance.now();
      while (inFlight > 0 || performance.now() - lastActivity < quietMs) {
        if (performance.now() - start > timeoutMs) throw new Error(`network not idle after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
