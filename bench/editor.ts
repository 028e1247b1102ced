/**
 * `npm run bench:editor` — a benchmark, not a test: it prints figures and asserts nothing.
 *
 * Starts the production server (needs `npm run build`) on a `jb_bench_editor` database,
 * signs up through the form in Chromium, seeds maps of 1,000 cards (20 steps × 10 lanes
 * × 5) and 5,000 cards (50 steps × 10 lanes × 10), and a 40-card map as the harness's
 * floor, then per map and run, in a fresh page:
 *   - ready: ms from navigation until the map is synced ("Saved") and every cell in view
 *     has painted its cards (the editor is editable then);
 *   - DOM nodes at that moment;
 *   - typing: keystroke → next paint for 40 keys typed into a card (Event Timing API,
 *     which reports only events of 16 ms or more: the share under 16 ms is what counts);
 *   - scrolling: wheel-scrolling the grid right and down for ~3 s, frames per second
 *     and long tasks (> 50 ms) while scrolling.
 *
 * CHROMIUM_PATH points at a system Chromium (as in the e2e tests); BENCH_RUNS (default 3).
 * BENCH_TRACE=1 adds one traced run per map and prints where the renderer's main thread
 * spent each keystroke (event dispatch, layout, paint, commit …), from a Chrome trace.
 */
import { spawn, spawnSync } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { chromium, type Page } from "@playwright/test";
import postgres from "postgres";
import * as Y from "yjs";

const PORT = Number(process.env.BENCH_PORT ?? 3470);
const BASE = `http://localhost:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DATABASE = "jb_bench_editor";
const CARD_LANES = ["need", "actions", "touchpoints", "thoughts", "pain_points", "opportunities", "backstage", "happy_flow", "fallback_flow", "kpis"] as const;

const admin = postgres("postgres://postgres@127.0.0.1:5432/postgres", { max: 1, onnotice: () => {} });
await admin.unsafe(`drop database if exists ${DATABASE} with (force)`);
await admin.unsafe(`create database ${DATABASE}`);
await admin.end();
process.env.DATABASE_URL = `postgres://postgres@127.0.0.1:5432/${DATABASE}`;

const { runMigrations } = await import("@/db/migrate");
const { closeDb } = await import("@/db/client");
const doc = await import("@/lib/journey/map-document");
const { insertMapCopy } = await import("@/lib/maps/insert-map");
await runMigrations();

// The compiled server, as `npm start` runs it.
if (spawnSync(process.execPath, ["scripts/build-server.mjs"], { stdio: "inherit" }).status !== 0) throw new Error("server build failed");
const server = spawn(process.execPath, ["dist/server.mjs"], {
  env: { ...process.env, NODE_ENV: "production", PORT: String(PORT), APP_URL: BASE, SIGNUP_LIMIT_PER_HOUR: "1000", LOG_LEVEL: "warn" },
  stdio: ["ignore", "ignore", "inherit"],
});
const stopServer = () => server.kill("SIGTERM");
process.on("exit", stopServer);

async function waitForServer() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${BASE}/sign-in`)).ok) return;
    } catch {}
    await sleep(500);
  }
  throw new Error("server did not start");
}

/** A map of `phases` × `stepsPerPhase` steps × the ten card lanes × `perCell` cards. */
function buildContent(phases: number, stepsPerPhase: number, perCell: number) {
  const d = new Y.Doc();
  const lanes = CARD_LANES.map((kind, i) => doc.addLane(d, kind, `Lane ${i + 1}`));
  doc.addLane(d, "emotion", "Emotion");
  for (let p = 0; p < phases; p++) {
    const phaseId = doc.addPhase(d, `Phase ${p + 1}`);
    for (let s = 0; s < stepsPerPhase; s++) {
      const stepId = doc.addStep(d, phaseId, `Step ${p + 1}.${s + 1} — what the customer does here`);
      doc.setEmotion(d, stepId, ((p + s) % 5) - 2);
      lanes.forEach((laneId, l) => {
        const kind = CARD_LANES[l]!;
        for (let c = 0; c < perCell; c++) {
          const text = `Card ${c + 1} of step ${p + 1}.${s + 1}: a sentence of ordinary length`;
          if (kind === "touchpoints") {
            doc.addCard(d, { laneId, stepId, kind: "touchpoint", text, channel: "web", department: "", medium: null, senses: [], critical: false });
          } else if (kind === "opportunities") {
            doc.addCard(d, { laneId, stepId, kind: "opportunity", text, owner: "Team", status: "idea", dueDate: null });
          } else {
            doc.addCard(d, { laneId, stepId, kind: "note", text });
          }
        }
      });
    }
  }
  return doc.readMapContent(d);
}

type RunFigures = { readyMs: number; nodes: number; slowKeys: number; keys: number; p95Key: number; fps: number; longTasks: number; longestTask: number };

/** With BENCH_TRACE set: where the renderer's main thread spent the typing, by trace event (nested events counted in their parents too). */
async function traceBreakdown(trace: Buffer, keys: number): Promise<string> {
  const events = (JSON.parse(trace.toString()) as { traceEvents: Array<{ name: string; ph: string; dur?: number; pid: number; tid: number; args?: { name?: string } }> }).traceEvents;
  const main = events.find((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const totals = new Map<string, number>();
  for (const e of events) if (main && e.ph === "X" && e.pid === main.pid && e.tid === main.tid && e.dur) totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([name, ms]) => `${name} ${(ms / keys).toFixed(2)}`)
    .join(", ");
}

async function measure(page: Page, url: string, trace = false): Promise<RunFigures & { breakdown?: string }> {
  await page.goto("about:blank");
  await page.goto(url, { waitUntil: "commit" });
  // Polled every animation frame: synced, a card painted, and no cell in view still waiting
  // to render its cards (big maps render the cells near the screen only).
  await page.waitForFunction(
    () => {
      if (document.querySelector('[data-testid="connection-status"]')?.getAttribute("data-state") !== "saved") return false;
      if (document.querySelector('[data-testid="card"]') === null) return false;
      for (const el of document.querySelectorAll("[data-cell-placeholder]")) {
        const r = el.getBoundingClientRect();
        if (r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth) return false;
      }
      return true;
    },
    undefined,
    { polling: "raf", timeout: 60_000 },
  );
  const readyMs = await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))));
  const nodes = await page.evaluate(() => document.getElementsByTagName("*").length);

  // Typing into the first card's text.
  await page.evaluate(() => {
    const w = window as unknown as { __events: Array<{ id: number; d: number }> };
    w.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<PerformanceEntry & { interactionId?: number }>) if (e.interactionId) w.__events.push({ id: e.interactionId, d: e.duration });
    }).observe({ type: "event", durationThreshold: 16 } as PerformanceObserverInit);
  });
  const card = page.getByTestId("card").first();
  await card.getByRole("button", { name: /^Edit/ }).first().click();
  const keys = 40;
  await page.keyboard.press("End");
  await sleep(100);
  await page.evaluate(() => {
    (window as unknown as { __events: unknown[] }).__events = [];
  });
  if (trace) await page.context().browser()!.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
  await page.keyboard.type(" typed text for the benchmark ..........".slice(0, keys), { delay: 40 });
  const breakdown = trace ? await traceBreakdown(await page.context().browser()!.stopTracing(), keys) : undefined;
  await sleep(300);
  await page.keyboard.press("Escape");
  const slow = await page.evaluate(() => {
    const w = window as unknown as { __events: Array<{ id: number; d: number }> };
    const byInteraction = new Map<number, number>();
    for (const e of w.__events) byInteraction.set(e.id, Math.max(byInteraction.get(e.id) ?? 0, e.d));
    return [...byInteraction.values()];
  });
  const sorted = [...slow, ...Array(Math.max(0, keys - slow.length)).fill(0)].sort((a, b) => a - b);
  const p95Key = sorted[Math.ceil(0.95 * sorted.length) - 1] ?? 0;

  // Scrolling the grid.
  const grid = page.getByTestId("map-grid");
  const box = await grid.boundingBox();
  await page.mouse.move(box!.x + box!.width / 2, box!.y + Math.min(box!.height / 2, 300));
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[]; __frames: number; __stop: boolean };
    w.__long = [];
    w.__frames = 0;
    w.__stop = false;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    }).observe({ type: "longtask" });
    const tick = () => {
      w.__frames++;
      if (!w.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const started = Date.now();
  for (let i = 0; i < 90; i++) {
    await page.mouse.wheel(i % 3 === 2 ? 0 : 120, i % 3 === 2 ? 120 : 0);
    await sleep(30);
  }
  const elapsed = (Date.now() - started) / 1000;
  const scroll = await page.evaluate(() => {
    const w = window as unknown as { __long: number[]; __frames: number; __stop: boolean };
    w.__stop = true;
    return { frames: w.__frames, long: w.__long };
  });
  return {
    readyMs,
    nodes,
    slowKeys: slow.length,
    keys,
    p95Key,
    fps: scroll.frames / elapsed,
    longTasks: scroll.long.length,
    longestTask: Math.max(0, ...scroll.long),
    breakdown,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH,
    args: process.env.CHROMIUM_PATH ? ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"] : [],
  });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "en-GB" });
  // tsx compiles this file with esbuild's keepNames, which wraps the functions passed to
  // page.evaluate in a `__name` helper the page lacks.
  await context.addInitScript("globalThis.__name = (f) => f");
  const page = await context.newPage();
  await page.goto(`${BASE}/sign-up`);
  await page.getByLabel("Your name").fill("Bench User");
  await page.getByLabel("E-mail address").fill("bench@example.test");
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/w\/[^/]+/);
  const slug = new URL(page.url()).pathname.split("/")[2]!;

  const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  const [ctx] = await sql<{ workspaceId: string; userId: string }[]>`
    select w.id as "workspaceId", u.id as "userId" from workspaces w, users u where w.slug = ${slug} and u.email = 'bench@example.test'`;
  await sql.end();

  const sizes = [
    // The floor of this harness: what typing and readiness cost on a map too small to matter.
    { label: "40 cards (4 steps × 10 lanes × 1), for calibration", content: buildContent(2, 2, 1) },
    { label: "1,000 cards (20 steps × 10 lanes × 5)", content: buildContent(5, 4, 5) },
    { label: "5,000 cards (50 steps × 10 lanes × 10)", content: buildContent(10, 5, 10) },
  ];
  console.log(`bench:editor — Chromium ${browser.version()}, 1440×900, ${RUNS} runs per map, medians (worst)`);
  for (const size of sizes) {
    const { mapId } = await insertMapCopy(ctx!, size.content, { name: size.label, personaId: null, templateId: null }, { action: "map.created", details: { name: size.label } });
    const url = `${BASE}/w/${slug}/maps/${mapId}`;
    await measure(page, url); // warm-up: compiles the route, loads the map into the room
    const runs: RunFigures[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(page, url));
    if (process.env.BENCH_TRACE) console.log(`\n${size.label}: main thread per keystroke, ms — ${(await measure(page, url, true)).breakdown}`);
    const pick = (f: (r: RunFigures) => number) => `${median(runs.map(f)).toFixed(0)} (${Math.max(...runs.map(f)).toFixed(0)})`;
    console.log(`\n${size.label}`);
    console.log(`  ready (synced, cards in view painted)  ${pick((r) => r.readyMs)} ms`);
    console.log(`  DOM nodes when ready                   ${pick((r) => r.nodes)}`);
    console.log(`  keystrokes ≥ 16 ms to paint            ${pick((r) => r.slowKeys)} of ${runs[0]!.keys}; p95 ${pick((r) => r.p95Key)} ms (0 = under 16 ms)`);
    console.log(`  scrolling: frames per second           ${median(runs.map((r) => r.fps)).toFixed(0)} (${Math.min(...runs.map((r) => r.fps)).toFixed(0)})`);
    console.log(`  scrolling: long tasks > 50 ms          ${pick((r) => r.longTasks)}; longest ${pick((r) => r.longestTask)} ms`);
  }
  await browser.close();
} finally {
  stopServer();
  await closeDb();
}
process.exit(0);
