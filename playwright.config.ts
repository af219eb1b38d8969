import { defineConfig } from "@playwright/test";
import { existsSync } from "node:fs";

// Real Chromium against a production build. Debian's /usr/bin/chromium when present (machines without
// internet cannot download Playwright's browser), otherwise Playwright's own.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const PORT = Number(process.env.E2E_PORT ?? 3100);
// Specs that move the server's clock (an hour ahead expires everyone's work): they run after the rest,
// one at a time, while the others share the server two at a time.
const clockSpecs = ["**/worker-deadline.spec.ts", "**/qualification-story.spec.ts", "**/api/assignments.spec.ts"];
const awsToolSpecs = process.env.PIECEWORK_WITHOUT_AWS_TOOLS ? ["**/boto3-cli.spec.ts"] : [];

export default defineConfig({
  testDir: "e2e",
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  outputDir: "test-results/e2e",
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: systemChromium
      ? {
          executablePath: systemChromium,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        }
      : {},
  },
  projects: [
    // Where boto3 or the AWS CLI cannot be installed, scripts/test.mjs says so and leaves their spec out.
    { name: "chromium", use: { browserName: "chromium" }, testIgnore: [...clockSpecs, ...awsToolSpecs] },
    { name: "clock", use: { browserName: "chromium" }, testMatch: clockSpecs, dependencies: ["chromium"], workers: 1 },
  ],
  webServer: {
    command: `node e2e/server.mjs`,
    port: PORT,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: { E2E_PORT: String(PORT) },
  },
});
