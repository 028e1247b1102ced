/**
 * `npm run bench:dashboard` — a benchmark, not a test: it prints figures and asserts nothing.
 *
 * Seeds one workspace with 5 maps (5 phases × 4 steps × 2 touchpoints each, a few touchpoints
 * removed), KPIs with two years of monthly values, and 1,000,000 feedback responses spread
 * over the last two years, plus a neighbouring workspace with 100,000 responses of its own;
 * then runs every dashboard query RUNS times and prints p50/p95 per query. The seed is kept
 * and reused on later runs (BENCH_RESEED=1 seeds afresh).
 *
 * DATABASE_URL: used as given; unset, a `jb_bench` database is created on the local
 * PostgreSQL (postgres://postgres@127.0.0.1:5432). BENCH_RUNS (default 30) sets the runs.
 */
import { performance } from "node:perf_hooks";
import postgres from "postgres";
import { useBenchDatabase } from "./bench-database";

const RESPONSES = 1_000_000;
const NEIGHBOUR_RESPONSES = 100_000;
const CHUNK = 100_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = 3;
const SLUG = "bench-dashboard";

await useBenchDatabase("jb_bench");

const { runMigrations } = await import("@/db/migrate");
const { closeDb } = await import("@/db/client");
const { dashboardBuilder } = await import("@/lib/testing/dashboard-fixtures");
const dashboards = {
  ...(await import("@/lib/dashboards/summary")),
  ...(await import("@/lib/dashboards/by-phase")),
  ...(await import("@/lib/dashboards/by-touchpoint")),
  ...(await import("@/lib/dashboards/trend")),
  ...(await import("@/lib/dashboards/kpi-overview")),
  ...(await import("@/lib/dashboards/step-emotions")),
  ...(await import("@/lib/dashboards/load-dashboard")),
};
const { quarterAt, quarterRange, shiftQuarter } = await import("@/lib/dashboards/quarters");
const { getPortfolio } = await import("@/lib/portfolio/get-portfolio");
const { getMapWorsening } = await import("@/lib/dashboards/map-worsening");
const PORTFOLIO_SLUG = "bench-portfolio";
const PORTFOLIO_MAPS = 100;
const PORTFOLIO_PHASES = 6;

await runMigrations();
const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });

type Seeded = { workspaceId: string; mapId: string; personaId: string };

async function seedWorkspace(slug: string, name: string, responses: number): Promise<Seeded> {
  await sql`delete from workspaces where slug = ${slug}`;
  const [ws] = await sql<{ id: string }[]>`insert into workspaces (name, slug) values (${name}, ${slug}) returning id`;
  const workspaceId = ws!.id;
  const [persona] = await sql<{ id: string }[]>`insert into personas (workspace_id, name) values (${workspaceId}, 'Bench persona') returning id`;
  const b = dashboardBuilder(workspaceId);
  const channels = ["web", "app", "email", "phone", "store", "chat"];
  const phases = ["Awareness", "Consideration", "Purchase", "Use", "Loyalty"];
  let firstMap = "";
  for (let m = 0; m < 5; m++) {
    const map = await b.map(`Bench map ${m + 1}`, m < 3 ? persona!.id : null);
    firstMap ||= map.id;
    let step = 0;
    let touchpoint = 0;
    for (const [p, phaseName] of phases.entries()) {
      const phaseId = await b.phase(map.id, phaseName, p);
      for (let s = 0; s < 4; s++) {
        const stepId = await b.step(map.id, phaseId, `Step ${p + 1}.${s + 1}`, step++, ((p + s) % 5) - 2);
        for (let t = 0; t < 2; t++) {
          const tp = await b.touchpoint(map.id, { phaseId, stepId }, `Touchpoint ${p + 1}.${s + 1}.${t + 1}`, channels[(p + s + t) % channels.length]!, {
            position: touchpoint++,
            deleted: s === 3 && t === 1,
          });
          if (s === 0 && t === 0) {
            const months = Array.from({ length: 24 }, (_, i) => {
              const d = new Date();
              d.setUTCDate(1);
              d.setUTCMonth(d.getUTCMonth() - i);
              return [d.toISOString().slice(0, 10), 60 + ((i * 7) % 40)] as [string, number];
            });
            await b.kpi(map.id, { touchpointId: tp }, { name: `KPI ${p + 1}`, direction: "higher", target: 80, tolerance: 5 }, months);
          }
        }
      }
    }
  }
  // Responses generated inside PostgreSQL, in chunks so each statement's trigger batch stays moderate.
  // Touchpoints get a base score of their own, so "worst first" has something to sort.
  for (let done = 0; done < responses; done += CHUNK) {
    const n = Math.min(CHUNK, responses - done);
    await sql`
      with tp as (
        select array_agg(id order by id) as ids, array_agg(map_id order by id) as maps from map_touchpoints where workspace_id = ${workspaceId}
      ), g as (
        select 1 + floor(power(random(), 1.5) * array_length(tp.ids, 1))::int as i, random() as r, random() as a, random() as b, random() as c
        from generate_series(1, ${n}), tp
      )
      insert into feedback_responses (workspace_id, map_id, touchpoint_id, csat, nps, ces, channel, responded_at, source)
      select ${workspaceId}, tp.maps[g.i], tp.ids[g.i],
        case when g.a < 0.8 then least(5, greatest(1, 1 + floor(g.b * 5) + (g.i % 3) - 1))::smallint end,
        case when g.a > 0.4 then least(10, floor(g.c * 11) + (g.i % 2))::smallint end,
        case when g.a < 0.3 or g.a > 0.9 then (1 + floor(g.c * 7))::smallint end,
        'web', now() - g.r * interval '730 days', 'api'
      from g, tp`;
    process.stdout.write(`  ${name}: ${done + n} responses\r`);
  }
  process.stdout.write("\n");
  return { workspaceId, mapId: firstMap, personaId: persona!.id };
}

/**
 * The portfolio's workspace: 100 maps of 6 phases (2 touchpoints each), a KPI per map,
 * reviews with open actions on half of them, and 1,000,000 responses over two years.
 */
async function seedPortfolio(responses: number): Promise<string> {
  await sql`delete from workspaces where slug = ${PORTFOLIO_SLUG}`;
  const [ws] = await sql<{ id: string }[]>`insert into workspaces (name, slug) values ('Portfolio bench', ${PORTFOLIO_SLUG}) returning id`;
  const workspaceId = ws!.id;
  const b = dashboardBuilder(workspaceId);
  const months = Array.from({ length: 8 }, (_, i) => {
    const d = new Date();
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() - i);
    return [d.toISOString().slice(0, 10), 60 + ((i * 13) % 40)] as [string, number];
  });
  for (let m = 0; m < PORTFOLIO_MAPS; m++) {
    const map = await b.map(`Journey ${String(m + 1).padStart(3, "0")}`, null);
    for (let p = 0; p < PORTFOLIO_PHASES; p++) {
      const phaseId = await b.phase(map.id, `Phase ${p + 1}`, p);
      const stepId = await b.step(map.id, phaseId, `Step ${p + 1}`, p, (p % 5) - 2);
      for (let t = 0; t < 2; t++) {
        const tp = await b.touchpoint(map.id, { phaseId, stepId }, `Touchpoint ${p + 1}.${t + 1}`, "web", { position: p * 2 + t, deleted: false });
        if (p === 0 && t === 0) await b.kpi(map.id, { touchpointId: tp }, { name: "Wait", direction: "lower", target: 70, tolerance: 5 }, months);
      }
    }
    if (m % 2 === 0) {
      const [review] = await sql<{ id: string }[]>`
        insert into map_reviews (workspace_id, map_id, quarter) values (${workspaceId}, ${map.id}, '2026-Q2') returning id`;
      await sql`insert into review_actions (workspace_id, map_id, review_id, title, status)
        values (${workspaceId}, ${map.id}, ${review!.id}, 'Follow up', 'doing'), (${workspaceId}, ${map.id}, ${review!.id}, 'Closed', 'done')`;
    }
  }
  for (let done = 0; done < responses; done += CHUNK) {
    const n = Math.min(CHUNK, responses - done);
    await sql`
      with tp as (
        select array_agg(id order by id) as ids, array_agg(map_id order by id) as maps from map_touchpoints where workspace_id = ${workspaceId}
      ), g as (
        select 1 + floor(random() * array_length(tp.ids, 1))::int as i, random() as r, random() as b
        from generate_series(1, ${n}), tp
      )
      insert into feedback_responses (workspace_id, map_id, touchpoint_id, csat, channel, responded_at, source)
      select ${workspaceId}, tp.maps[g.i], tp.ids[g.i], (1 + floor(g.b * 5))::smallint, 'web', now() - g.r * interval '730 days', 'api'
      from g, tp`;
    process.stdout.write(`  Portfolio bench: ${done + n} responses\r`);
  }
  process.stdout.write("\n");
  return workspaceId;
}

async function existingPortfolio(): Promise<string | null> {
  if (process.env.BENCH_RESEED === "1") return null;
  const [row] = await sql<{ id: string; n: number }[]>`
    select w.id, (select count(*)::int from feedback_responses r where r.workspace_id = w.id) as n from workspaces w where w.slug = ${PORTFOLIO_SLUG}`;
  return row && row.n === RESPONSES ? row.id : null;
}

async function existing(): Promise<Seeded | null> {
  if (process.env.BENCH_RESEED === "1") return null;
  const [row] = await sql<{ id: string; n: number }[]>`
    select w.id, (select count(*)::int from feedback_responses r where r.workspace_id = w.id) as n from workspaces w where w.slug = ${SLUG}`;
  if (!row || row.n !== RESPONSES) return null;
  const [map] = await sql<{ id: string }[]>`select id from journey_maps where workspace_id = ${row.id} order by name limit 1`;
  const [persona] = await sql<{ id: string }[]>`select id from personas where workspace_id = ${row.id} limit 1`;
  return { workspaceId: row.id, mapId: map!.id, personaId: persona!.id };
}

const started = performance.now();
let seeded = await existing();
if (seeded) {
  console.log(`Reusing the seeded workspace (${RESPONSES.toLocaleString("en")} responses); BENCH_RESEED=1 seeds afresh.`);
} else {
  console.log("Seeding…");
  await seedWorkspace(`${SLUG}-neighbour`, "Bench neighbour", NEIGHBOUR_RESPONSES);
  seeded = await seedWorkspace(SLUG, "Dashboard bench", RESPONSES);
  await sql`vacuum analyze`;
  console.log(`Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
let portfolioWorkspace = await existingPortfolio();
if (!portfolioWorkspace) {
  const t0 = performance.now();
  console.log("Seeding the portfolio workspace…");
  portfolioWorkspace = await seedPortfolio(RESPONSES);
  await sql`vacuum analyze`;
  console.log(`Seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
}
const portfolioCtx = { workspaceId: portfolioWorkspace };
const rollup = await sql<{ grain: string; n: number }[]>`
  select grain, count(*)::int as n from feedback_rollup where workspace_id = ${seeded.workspaceId} group by grain order by grain`;
console.log(`Rollup rows for the workspace: ${rollup.map((r) => `${r.n.toLocaleString("en")} per ${r.grain}`).join(", ")}`);

const ctx = { workspaceId: seeded.workspaceId };
const bench = seeded;
const lastQuarter = quarterRange(shiftQuarter(quarterAt(new Date(), "Europe/Amsterdam"), -1));
const map = { mapId: seeded.mapId };
const [firstPhase] = await sql<{ id: string }[]>`select id from map_phases where map_id = ${seeded.mapId} order by position limit 1`;
const onePhase = { ...map, phaseId: firstPhase!.id };
const raggedPeriod = { from: new Date(Date.now() - 500 * 86_400_000).toISOString().slice(0, 10), to: new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10) };
const QUERIES: Array<[string, () => Promise<unknown>]> = [
  ["summary, workspace, all time", () => dashboards.getSummary(ctx, {})],
  ["summary, workspace, last quarter", () => dashboards.getSummary(ctx, lastQuarter)],
  ["summary, custom period with ragged ends", () => dashboards.getSummary(ctx, raggedPeriod)],
  ["summary, persona filter", () => dashboards.getSummary(ctx, { personaId: seeded.personaId })],
  ["by phase, workspace (pooled by template phase)", () => dashboards.getByPhase(ctx, {})],
  ["by phase, one map", () => dashboards.getByPhase(ctx, map)],
  ["by touchpoint, workspace, all time", () => dashboards.getByTouchpoint(ctx, {})],
  ["by touchpoint, one map, last quarter", () => dashboards.getByTouchpoint(ctx, { ...map, ...lastQuarter })],
  ["by touchpoint, channel filter", () => dashboards.getByTouchpoint(ctx, { channel: "store" })],
  ["trend per month, workspace, 2 years", () => dashboards.getTrend(ctx, {}, "month")],
  ["trend per quarter, one map", () => dashboards.getTrend(ctx, map, "quarter")],
  ["KPI status, workspace", () => dashboards.getKpiOverview(ctx, {})],
  ["emotion vs satisfaction, one map", () => dashboards.getStepEmotions(ctx, map)],
  ["whole workspace dashboard (6 queries in parallel)", () => dashboards.loadDashboard(ctx, {}, "month")],
  ["whole map dashboard (6 queries in parallel)", () => dashboards.loadDashboard(ctx, map, "month")],
  ["whole map dashboard, one phase", () => dashboards.loadDashboard(ctx, onePhase, "month")],
  ["what got worse, one map, last quarter (4 queries)", () => getMapWorsening(ctx, { mapId: seeded.mapId, quarter: shiftQuarter(quarterAt(new Date(), "Europe/Amsterdam"), -1) })],
  [
    `portfolio page, ${PORTFOLIO_MAPS} maps × ${PORTFOLIO_PHASES} phases, last quarter`,
    () => getPortfolio(portfolioCtx, shiftQuarter(quarterAt(new Date(), "Europe/Amsterdam"), -1)),
  ],
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
console.log(`\n${RUNS} runs per query after ${WARMUP} warm-up runs (milliseconds, wall clock in this process):\n`);
console.log(`${"query".padEnd(52)} ${"p50".padStart(8)} ${"p95".padStart(8)}`);
for (const [name, run] of QUERIES) {
  for (let i = 0; i < WARMUP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(52)} ${percentile(times, 50).toFixed(1).padStart(8)} ${percentile(times, 95).toFixed(1).padStart(8)}`);
}

// What the rollup triggers cost writers: inserts rolled back so the seed stays as it is.
const [tp] = await sql<{ id: string; mapId: string }[]>`
  select id, map_id as "mapId" from map_touchpoints where workspace_id = ${bench.workspaceId} and deleted_at is null limit 1`;
class Rollback extends Error {}
async function timedInsert(rows: number): Promise<number> {
  const t0 = performance.now();
  await sql
    .begin(async (tx) => {
      await tx`
        insert into feedback_responses (workspace_id, map_id, touchpoint_id, csat, nps, responded_at, source)
        select ${bench.workspaceId}, ${tp!.mapId}, ${tp!.id}, 1 + (g % 5), g % 11, now() - (g % 90) * interval '1 day', 'api'
        from generate_series(1, ${rows}) g`;
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return performance.now() - t0;
}
console.log(`\nInserting responses (triggers included, rolled back), ${RUNS} runs:\n`);
for (const rows of [1, 1000]) {
  for (let i = 0; i < WARMUP; i++) await timedInsert(rows);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await timedInsert(rows));
  times.sort((a, b) => a - b);
  const name = rows === 1 ? "insert 1 response" : `insert a batch of ${rows} responses`;
  console.log(`${name.padEnd(52)} ${percentile(times, 50).toFixed(1).padStart(8)} ${percentile(times, 95).toFixed(1).padStart(8)}`);
}

await sql.end();
await closeDb();
