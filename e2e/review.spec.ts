import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { createApiKey, createMap, inviteAndJoin, signUp, slugOf, uniqueEmail } from "./helpers";

test("a viewer reviews a quarter, compares a snapshot with the map, downloads the PDF; others see nothing", async ({ page, browser, request }) => {
  await signUp(page, { name: "Olga Owner", email: uniqueEmail("olga") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  const mapUrl = await createMap(page, slug, "Quarterly journey", "Five phases");
  const mapId = mapUrl.split("/maps/")[1]!;

  // Feedback for two quarters arrives through the REST API.
  const headers = await createApiKey(page, slug);
  const touchpoints = (await (await request.get(`/api/v1/maps/${mapId}/touchpoints`, { headers })).json()).data as Array<{ id: string }>;
  const responses = touchpoints.flatMap((tp, i) => [
    { touchpoint_id: tp.id, csat: 2, responded_at: "2026-05-12T10:00:00Z" },
    { touchpoint_id: tp.id, csat: i % 2 ? 5 : 4, nps: 9, responded_at: "2026-08-12T10:00:00Z" },
  ]);
  expect((await request.post("/api/v1/feedback", { headers, data: { responses } })).status()).toBe(201);

  // The owner snapshots the map at the Q3 review, then the map changes.
  await page.goto(`${mapUrl}/review?quarter=2026-Q3`);
  await page.getByLabel("Snapshot name").fill("2026-Q3 review");
  await page.getByRole("button", { name: "Take snapshot" }).click();
  await expect(page.getByText("Snapshot “2026-Q3 review” taken.")).toBeVisible();
  await page.goto(mapUrl);
  await page.getByRole("button", { name: /^Add card to Pain points at / }).first().click();
  await page.getByRole("textbox", { name: /^New card in Pain points at / }).fill("Delivery slots run out");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-state", "saved");

  // A viewer (a manager) opens the review, switches quarter, compares, downloads the PDF.
  const viewer = await inviteAndJoin(page, browser, slug, "viewer", "Mona Manager");
  const v = viewer.page;
  await v.goto(`${mapUrl}/review?quarter=2026-Q2`);
  await expect(v.getByRole("heading", { name: "Quarterly review of Quarterly journey: 2026-Q2" })).toBeVisible();
  await v.getByLabel("Quarter", { exact: true }).selectOption("2026-Q3");
  await expect(v.getByRole("heading", { name: "Quarterly review of Quarterly journey: 2026-Q3" })).toBeVisible();
  await expect(v.getByText("Every figure against 2026-Q2")).toBeVisible();
  await expect(v.getByText(/\+100 .*against the previous quarter/).first()).toBeVisible();
  await expect(v.getByRole("button", { name: "Take snapshot" })).toHaveCount(0);

  await v.getByRole("link", { name: "Compare with the current map" }).click();
  await expect(v.getByText("Delivery slots run out")).toBeVisible();

  await v.goto(`${mapUrl}/review?quarter=2026-Q3`);
  const downloading = v.waitForEvent("download");
  await v.getByRole("link", { name: "Download PDF" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  expect(readFileSync((await download.path())!).subarray(0, 5).toString()).toBe("%PDF-");
  await viewer.context.close();

  // An editor of another workspace sees none of these figures.
  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await signUp(stranger, { name: "Sam Stranger", email: uniqueEmail("sam") });
  await expect(stranger).toHaveURL(/\/w\//);
  for (const path of [`/w/${slug}/dashboard`, `${mapUrl}/dashboard`, `${mapUrl}/review`, `${mapUrl}/snapshots`]) {
    await stranger.goto(path);
    await expect(stranger.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
  for (const path of [`/w/${slug}/dashboard/export?table=summary`, `/api/maps/${mapId}/evidence`, `/api/maps/${mapId}/feedback-export`]) {
    expect((await stranger.request.get(path)).status(), path).toBe(404);
  }
  await strangerContext.close();
});
