import { defineConfig, devices } from '@playwright/test';
import { normaliseBase } from './src/domain/base-path.ts';

const port = Number(process.env.PORT ?? 4329);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// A build with BASE_PATH is served under it (e.g. /advisor/) and answers 404 at the root.
const basePath = normaliseBase(process.env.BASE_PATH);

export default defineConfig({
  testDir: 'test/e2e',
  // The brand checks need a build with a sample brand (npm run test:base sets BRAND_FILE).
  testIgnore: process.env.BRAND_FILE ? [] : ['**/brand.spec.ts'],
  forbidOnly: !!process.env.CI,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // A 2-core machine running axe over many states needs more than the 30 s default; nothing waits on time.
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // `npm test` builds first; this only serves the build (OUT_DIR, BASE_PATH), on its own port and
    // with its own server, so it runs beside `npm start`.
    command: 'node scripts/serve.ts',
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}${basePath}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
