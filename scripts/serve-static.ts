/**
 * A minimal static server for a built site on 127.0.0.1, for the bench: `astro preview` allows one
 * server per project at a time, and the bench must not depend on what else is running.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Serves outDir under base (e.g. "/" or "/advisor/"); resolves once listening. */
export function serveStatic(outDir: string, port: number, base = '/'): Promise<Server> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file: string | null = null;
    if (path.startsWith(prefix)) {
      const relativePath = normalize(path.slice(prefix.length));
      if (!relativePath.startsWith('..') && !relativePath.includes(`${sep}..`)) {
        const candidate = join(outDir, relativePath);
        if (existsSync(candidate) && statSync(candidate).isDirectory()) file = join(candidate, 'index.html');
        else if (existsSync(candidate)) file = candidate;
      }
    }
    if (!file || !existsSync(file)) {
      const notFound = join(outDir, '404.html');
      response.writeHead(404, { 'content-type': TYPES['.html'] ?? 'text/html' });
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
