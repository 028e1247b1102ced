import { expect, test } from "@playwright/test";
import { createApiKey, createMap, signUp, slugOf, uniqueEmail } from "./helpers";

test("a manager opens the portfolio, sees the phase that got worse flagged and clicks through to its dashboard; a stranger sees nothing", async ({ page, browser, request }) => {
  await signUp(page, { name: "Petra Portfolio", email: uniqueEmail("petra") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  const mapUrl = await createMap(page, slug, "Online order", "Five phases");
  const mapId = mapUrl.split("/maps/")[1]!;

  const headers = await createApiKey(page, slug);
  const touchpoints = (await (await request.get(`/api/v1/maps/${mapId}/touchpoints`, { headers })).json()).data as Array<{ id: string; name: string; phase_name: string }>;
  const first = touchpoints[0]!;
  // Q2 all satisfied, Q3 mostly not: that phase got worse.
  const responses = [
    ...[5, 5, 4].map((csat) => ({ touchpoint_id: first.id, csat, responded_at: "2026-05-12T10:00:00Z" })),
    ...[2, 1, 4].map((csat) => ({ touchpoint_id: first.id, csat, responded_at: "2026-08-12T10:00:00Z" })),
  ];
  expect((await request.post("/api/v1/feedback", { headers, data: { responses } })).status()).toBe(201);

  await page.getByRole("link", { name: "Portfolio" }).first().click();
  await expect(page.getByRole("heading", { name: "Portfolio", level: 1 })).toBeVisible();
  await page.getByLabel("Quarter").selectOption("2026-Q3");
  await expect(page).toHaveURL(/quarter=2026-Q3/);
  const worse = page.getByRole("region", { name: "What got worse" });
  await expect(worse.getByText(`Online order · ${first.phase_name}: CSAT 33% (-67 against 2026-Q2)`)).toBeVisible();
  const row = page.getByTestId("portfolio-row").filter({ hasText: "Online order" });
  await expect(row.locator('[data-worsened="true"]')).toHaveCount(1);
  // Responses in the quarter: the three from Q3.
  await expect(row.getByRole("cell").nth(1)).toHaveText("3");
  await page.screenshot({ path: "test-results/portfolio.png", fullPage: true });

  await row.getByRole("link", { name: new RegExp(`^${first.phase_name}: CSAT 33%`) }).click();
  await expect(page).toHaveURL(new RegExp(`/maps/${mapId}/dashboard\\?quarter=2026-Q3&phase=[0-9a-f-]{36}$`));
  // The cell opens that phase's dashboard: the map's, filtered to the phase (a chip says so, Reset clears it).
  await expect(page.getByText(`Phase: ${first.phase_name}`)).toBeVisible();
  await expect(page.getByLabel("Phase", { exact: true }).locator("option:checked")).toHaveText(first.phase_name);
  // The map dashboard and the quarterly review list the touchpoint that got worse first, marked.
  const touchpointWorse = `${first.name} (${first.phase_name}): CSAT 33%, -67 points against 100% in 2026-Q2`;
  await expect(page.getByRole("region", { name: "What got worse in 2026-Q3" }).getByRole("link", { name: touchpointWorse })).toBeVisible();
  await page.goto(`/w/${slug}/maps/${mapId}/review?quarter=2026-Q3`);
  await expect(page.getByRole("region", { name: "What got worse in 2026-Q3" }).getByRole("link", { name: touchpointWorse })).toBeVisible();
  await page.goto(`/w/${slug}/maps/${mapId}/review?quarter=2026-Q2`);
  await expect(page.getByRole("region", { name: "What got worse in 2026-Q2" })).toContainText("Nothing got worse against 2026-Q1");

  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await signUp(stranger, { name: "Sam Stranger", email: uniqueEmail("sam") });
  await expect(stranger).toHaveURL(/\/w\//);
  await stranger.goto(`/w/${slug}/portfolio`);
  await expect(stranger.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(stranger.getByText("Online order")).toHaveCount(0);
  await strangerContext.close();
});
