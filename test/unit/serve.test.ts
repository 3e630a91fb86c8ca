import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite } from '../../scripts/serve.ts';

/** A built site in miniature: a home page, a nested page, an asset and the 404 page. */
const site = mkdtempSync(join(tmpdir(), 'serve-test-'));
mkdirSync(join(site, 'wizard'));
mkdirSync(join(site, '_astro'));
writeFileSync(join(site, 'index.html'), '<h1>home</h1>');
writeFileSync(join(site, 'wizard', 'index.html'), '<h1>wizard</h1>');
writeFileSync(join(site, '_astro', 'app.js'), 'console.log(1);');
writeFileSync(join(site, '404.html'), '<h1>not here</h1>');

/** Closes the server without waiting for fetch's idle keep-alive connections to time out. */
function close(server: Server): Promise<void> {
  return new Promise<void>((done) => {
    server.close(() => done());
    server.closeAllConnections();
  });
}

describe.each([
  ['/', ''],
  ['/advisor/', '/advisor'],
])('serveSite under base %s', (base, prefix) => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    server = await serveSite(site, 0, base);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => close(server));

  it('serves pages as folders and assets with their types', async () => {
    const page = await fetch(`${origin}${prefix}/wizard/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toBe('<h1>wizard</h1>');
    const asset = await fetch(`${origin}${prefix}/_astro/app.js`);
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect(await asset.text()).toBe('console.log(1);');
  });

  it('answers a missing file with the 404 page and status 404', async () => {
    const response = await fetch(`${origin}${prefix}/nowhere/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('<h1>not here</h1>');
  });

  it('answers a malformed URL with 400 and keeps serving', async () => {
    const response = await fetch(`${origin}${prefix}/%E0%A4%A`);
    expect(response.status).toBe(400);
    const after = await fetch(`${origin}${prefix}/`);
    expect(after.status).toBe(200);
    expect(await after.text()).toBe('<h1>home</h1>');
  });
});

describe('serveSite with a base path', () => {
  it('serves nothing outside the base', async () => {
    const server = await serveSite(site, 0, '/advisor');
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      expect((await fetch(`${origin}/wizard/`)).status).toBe(404);
      expect((await fetch(`${origin}/advisorx/`)).status).toBe(404);
    } finally {
      await close(server);
    }
  });
});

afterAll(() => rmSync(site, { recursive: true, force: true }));
