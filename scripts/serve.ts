/**
 * Serves a built site on 127.0.0.1 with sirv, for the end-to-end tests, the bench and Lighthouse:
 * its own port, so it runs beside `npm start` (Astro allows one preview per project). The site is
 * served under its base path; other paths and missing files get the site's 404 page, and a URL
 * that does not decode (e.g. /%E0%A4%A) gets 400.
 * Usage: OUT_DIR=dist BASE_PATH=/advisor PORT=4329 node scripts/serve.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { normaliseBase } from '../src/domain/base-path.ts';

/** Serves outDir under base (e.g. "/" or "/advisor/"); resolves once listening (port 0: any free port). */
export function serveSite(outDir: string, port: number, base = '/'): Promise<Server> {
  const prefix = normaliseBase(base);
  const notFoundFile = join(outDir, '404.html');
  const notFound = existsSync(notFoundFile) ? readFileSync(notFoundFile) : 'Not found';
  // gzip: the .gz copy beside a file (see src/integrations/precompress.ts), to a browser that accepts it.
  const files = sirv(outDir, { dev: false, etag: true, dotfiles: false, gzip: true });
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    const path = url.split(/[?#]/)[0] ?? '/';
    try {
      decodeURIComponent(path);
    } catch {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Bad request: the URL is not valid percent-encoding.');
      return;
    }
    const send404 = (): void => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(notFound);
    };
    if (!`${path}/`.startsWith(prefix)) return send404();
    request.url = `/${url.slice(prefix.length)}`;
    files(request, response, send404);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

if (import.meta.main) {
  const outDir = resolve(process.env['OUT_DIR'] || 'dist');
  const base = normaliseBase(process.env['BASE_PATH']);
  const port = Number(process.env['PORT'] || 4329);
  if (!existsSync(outDir)) {
    console.error(`serve: ${outDir} does not exist; build the site first (npm run build).`);
    process.exit(2);
  }
  await serveSite(outDir, port, base);
  console.log(`serve: ${outDir} at http://127.0.0.1:${port}${base}`);
}
