// `npm test`: unit + integration tests (vitest), the fault suite, a production build, then the browser
// tests (Playwright) against it; ends with one line "N passed, N failed" over all suites.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

mkdirSync("test-results", { recursive: true });
const results = { passed: 0, failed: 0 };
const failures = [];

function run(label, command, args, extraEnv = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(" ")}`);
  const res = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...extraEnv } });
  if (res.status !== 0) failures.push(label);
  return res.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

// 1. vitest
rmSync("test-results/unit-results.json", { force: true });
run("unit and integration tests", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile=test-results/unit-results.json"]);
const unit = readJson("test-results/unit-results.json");
if (unit) {
  results.passed += unit.numPassedTests;
  results.failed += unit.numFailedTests;
} else {
  results.failed += 1;
}

// 2. several servers behind HAProxy under faults (compiled servers, their own Redis)
rmSync("test-results/faults-results.json", { force: true });
run("fault suite", "npx", ["vitest", "run", "--config", "vitest.faults.config.ts", "--reporter=default", "--reporter=json", "--outputFile=test-results/faults-results.json"]);
const faults = readJson("test-results/faults-results.json");
if (faults) {
  results.passed += faults.numPassedTests;
  results.failed += faults.numFailedTests;
} else {
  results.failed += 1;
}

// 3. production build, 4. Playwright against it
if (!process.env.SKIP_E2E) {
  const built = process.env.SKIP_BUILD ? existsSync(".next/BUILD_ID") : run("production build", "npm", ["run", "build"]);
  if (built) {
    rmSync("test-results/e2e-results.json", { force: true });
    rmSync(".data/e2e", { recursive: true, force: true });
    run("browser tests", "npx", ["playwright", "test"]);
    const e2e = readJson("test-results/e2e-results.json");
    if (e2e?.stats) {
      results.passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
      results.failed += e2e.stats.unexpected;
    } else {
      results.failed += 1;
    }
  } else {
    results.failed += 1;
  }
}

if (failures.length) console.log(`\nFailed steps: ${failures.join(", ")}`);
console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 || failures.length > 0 ? 1 : 0);
