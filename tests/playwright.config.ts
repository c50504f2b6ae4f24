import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './support/chromium.ts';

const port = 4399;
export const e2eDataDir = 'test-results/e2e-data';

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results/e2e',
  timeout: 60_000,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
  },
  projects: [{ name: 'phone', use: { ...devices['Pixel 7'], browserName: 'chromium' } }],
  webServer: {
    // The same server `npm start` runs, on the site `npm run build` made, with its own database.
    command: `rm -rf ${e2eDataDir} && mkdir -p ${e2eDataDir} && node api/server.ts > ${e2eDataDir}/server.log 2>&1`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    env: {
      PORT: String(port),
      DATA_DIR: e2eDataDir,
      DATABASE_URL: `file:${e2eDataDir}/huhang.db`,
      // Every browser test comes from 127.0.0.1; the per-address limit is tested in the API suite.
      TIPS_PER_HOUR: '1000',
    },
  },
});
