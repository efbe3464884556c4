import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the real UI in Debian's Chromium against browser
 * mode (`main/serve.ts`) on a fresh data folder: real services, real SQLite.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4599);
export const E2E_TOKEN = 'e2e-token-0123456789';
const dataDir = `.tmp/e2e-data-${E2E_PORT}`;
// E2E_STATIC_DIR lets parallel runs each test their own build (electron-vite build --outDir X).
const staticDir = process.env.E2E_STATIC_DIR ? ` --static-dir ${process.env.E2E_STATIC_DIR}` : '';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  outputDir: '.tmp/test-results',
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    locale: 'nl-BE',
    acceptDownloads: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    },
  },
  webServer: {
    command: `rm -rf ${dataDir} && tsx main/serve.ts --no-open --port ${E2E_PORT} --data-dir ${dataDir}${staticDir}`,
    url: `http://127.0.0.1:${E2E_PORT}/`,
    env: { DOORLICHT_TOKEN: E2E_TOKEN },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
  },
});
