import { defineConfig, devices } from "@playwright/test";
import { E2E_SMTP_PORT } from "./e2e/mail";
import { E2E_OIDC } from "./e2e/oidc-server";

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://localhost:${port}`;

// CI and machines without Playwright's own browser download point CHROMIUM_PATH at a system
// Chromium; a developer laptop uses the browser `npx playwright install` fetched.
const chromiumPath = process.env.CHROMIUM_PATH;

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-results.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    locale: "en-GB",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: chromiumPath
          ? {
              executablePath: chromiumPath,
              args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            }
          : {},
      },
    },
  ],
  webServer: {
    // The production build must exist (npm test builds it first; `npm run build` by hand).
    command: "npm start",
    url: `${baseURL}/sign-in`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    env: {
      PORT: String(port),
      NODE_ENV: "production",
      // Request lines would drown the test output; warnings and errors still show.
      LOG_LEVEL: "warn",
      // Without DATABASE_URL the server uses a fresh embedded database for the run.
      JOURNEYBOARD_DATA_DIR: process.env.E2E_DATA_DIR ?? ".data/e2e",
      SIGNUP_LIMIT_PER_HOUR: "1000",
      APP_URL: baseURL,
      // The real SMTP server e2e/global-setup.ts starts; nodemailer connects only when it sends.
      SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}?ignoreTLS=true`,
      // The real OpenID Connect provider e2e/sso.spec.ts starts; the app asks it only at sign-in.
      AUTH_OIDC_ISSUER: E2E_OIDC.issuer,
      AUTH_OIDC_ID: E2E_OIDC.clientId,
      AUTH_OIDC_SECRET: E2E_OIDC.clientSecret,
      AUTH_OIDC_NAME: E2E_OIDC.name,
    },
  },
});
