import { expect, test, type Locator } from "@playwright/test";
import { createApiKey, createMap, signUp, slugOf, uniqueEmail } from "./helpers";

/** The full names of a chart's category ticks, as drawn in its SVG (wrapped ticks carry their whole name as a title). */
async function tickNames(figure: Locator, axis: "x" | "y" = "x"): Promise<string[]> {
  // The category axis of an upright chart is its x axis, of a lying one its y axis; each label is a <text> in the axis's tick-label layer.
  const labels = figure.locator(`svg .recharts-${axis}Axis-tick-labels text`);
  await expect(labels).not.toHaveCount(0);
  return labels.evaluateAll((nodes) =>
    nodes
      .map((n) => (n.querySelector("title")?.textContent ?? ([...n.querySelectorAll("tspan")].map((t) => t.textContent).join(" ") || n.textContent) ?? "").trim())
      .filter(Boolean),
  );
}

/** As many category labels in the chart as rows in its table view. */
async function expectEveryRowLabelled(figure: Locator, axis: "x" | "y" = "x") {
  const names = await tickNames(figure, axis);
  await figure.getByRole("button", { name: "Show table" }).click();
  const rows = figure.getByRole("table").getByRole("row");
  await expect(rows.first()).toBeVisible();
  expect(names.length).toBe((await rows.count()) - 1);
  await figure.getByRole("button", { name: "Show chart" }).click();
  return names;
}

test("every chart on the map dashboard labels every category and writes a value on every bar", async ({ page, request }) => {
  await signUp(page, { name: "Lars Labels", email: uniqueEmail("lars") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  const mapUrl = await createMap(page, slug, "Labelled journey", "Five phases");
  const mapId = mapUrl.split("/maps/")[1]!;
  const headers = await createApiKey(page, slug);
  const touchpoints = (await (await request.get(`/api/v1/maps/${mapId}/touchpoints`, { headers })).json()).data as Array<{ id: string; name: string; phase_name: string }>;
  const phases = [...new Set(touchpoints.map((t) => t.phase_name))];
  expect(phases.length).toBeGreaterThanOrEqual(5);
  // One answer in every phase but the last, whose bar must then say "no answers" rather than 0.
  const answered = phases.slice(0, -1);
  const responses = answered.map((phase, i) => ({ touchpoint_id: touchpoints.find((t) => t.phase_name === phase)!.id, csat: 1 + (i % 5), responded_at: "2026-10-12T10:00:00Z" }));
  expect((await request.post("/api/v1/feedback", { headers, data: { responses } })).status()).toBe(201);

  await page.goto(`/w/${slug}/maps/${mapId}/dashboard`);
  const byPhase = page.getByRole("figure", { name: "Satisfaction by phase" });
  expect(await tickNames(byPhase)).toEqual(phases);
  // A value on every bar, and the unanswered phase drawn as such.
  // A label may be set on two lines (tspans): read it as words.
  const values = await byPhase
    .locator("svg .recharts-label-list text")
    .evaluateAll((nodes) => nodes.map((n) => [...n.querySelectorAll("tspan")].map((t) => t.textContent).join(" ") || (n.textContent ?? "")));
  expect(values).toHaveLength(phases.length);
  expect(values.at(-1)).toBe("no answers");
  expect(values.slice(0, -1).every((v) => /^\d+%$/.test(v))).toBe(true);

  await byPhase.screenshot({ path: "test-results/chart-labels-phases.png" });

  // The touchpoint chart (bars lying down) names every answered touchpoint.
  const byTouchpoint = page.getByRole("figure", { name: "Touchpoints, worst first" });
  const touchpointNames = await expectEveryRowLabelled(byTouchpoint, "y");
  expect(touchpointNames.sort()).toEqual(responses.map((r) => touchpoints.find((t) => t.id === r.touchpoint_id)!.name).sort());
  // The trend charts name every period; the emotion chart every step of the map.
  for (const name of ["Trend per month", "Responses per month"]) await expectEveryRowLabelled(page.getByRole("figure", { name }));
  const emotion = page.getByRole("figure", { name: "Assumed emotion against measured satisfaction" });
  const stepNames = await expectEveryRowLabelled(emotion);
  await emotion.screenshot({ path: "test-results/chart-labels-emotion.png" });
  expect(stepNames.length).toBeGreaterThan(5);
});
