import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { createMap, signUp, slugOf, uniqueEmail } from "./helpers";

test("the feedback import offers a sample file that, filled in as is, imports without choosing a column", async ({ page }) => {
  await signUp(page, { name: "Sam Sample", email: uniqueEmail("sam") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  await createMap(page, slug, "Sampled journey", "Five phases");
  await page.goto(`/w/${slug}/evidence/import`);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download a sample file" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("feedback-sample.csv");
  const text = readFileSync((await file.path())!, "utf8");
  expect(text).toContain("Touchpoint,CSAT,NPS,CES,Comment,Channel,Respondent,Responded at");

  await page.getByLabel("CSV file").setInputFiles({ name: "feedback-sample.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
  await expect(page.getByText("feedback-sample.csv: 2 rows.")).toBeVisible();
  await page.getByRole("button", { name: "Check 2 rows" }).click();
  await expect(page.getByText("2 rows will be imported.")).toBeVisible({ timeout: 20_000 });
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page.getByText("2 responses imported; no rows refused.")).toBeVisible({ timeout: 20_000 });
});

test("a CSV with Dutch semicolon headers is checked first: what will be imported and refused, and nothing stored until Import", async ({ page }) => {
  await signUp(page, { name: "Noor Kolommen", email: uniqueEmail("noor") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  await createMap(page, slug, "Dutch columns", "Five phases");
  await page.goto(`/w/${slug}/evidence/import`);
  // The map's first touchpoint, as the sample names it (the touchpoint names of a template differ per language).
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download a sample file" }).click();
  const touchpoint = readFileSync((await (await download).path())!, "utf8").split("\n")[1]!.split(",")[0]!.replace(/^"|"$/g, "");
  const csv = [
    "Contactmoment;Tevredenheid;Aanbevelen;Opmerking;Datum",
    `${touchpoint};5;10;Prima geholpen;2026-11-02`,
    `${touchpoint};4;8;Snel;2026-11-03`,
    `Bestaat niet;3;7;Onbekend contactmoment;2026-11-04`,
    `${touchpoint};9;8;CSAT buiten de schaal;2026-11-05`,
  ].join("\r\n");
  await page.getByLabel("CSV file").setInputFiles({ name: "nl-kolommen.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByText("nl-kolommen.csv: 4 rows.")).toBeVisible();
  // Every Dutch header was understood without choosing a column.
  await expect(page.getByRole("button", { name: "Check 4 rows" })).toBeEnabled();
  await page.getByRole("button", { name: "Check 4 rows" }).click();
  await expect(page.getByText("2 rows will be imported.")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("2 rows are refused (see why below).")).toBeVisible();
  await expect(page.getByText(/Row 4: touchpoint: This touchpoint is not on the map/)).toBeVisible();
  await expect(page.getByText(/Row 5: csat:/)).toBeVisible();

  // Nothing is stored before Import: every touchpoint still has no feedback.
  const other = await page.context().newPage();
  await other.goto(`/w/${slug}/evidence`);
  await expectNoFeedbackAnywhere(other);
  await other.close();
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page.getByText("2 responses imported; 2 rows refused.")).toBeVisible({ timeout: 20_000 });
});

test("cancelling at the check step stores nothing", async ({ page }) => {
  await signUp(page, { name: "Cas Cancel", email: uniqueEmail("cas") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  await createMap(page, slug, "Cancelled import", "Five phases");
  await page.goto(`/w/${slug}/evidence/import`);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download a sample file" }).click();
  const text = readFileSync((await (await download).path())!, "utf8");
  await page.getByLabel("CSV file").setInputFiles({ name: "feedback-sample.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
  await page.getByRole("button", { name: "Check 2 rows" }).click();
  await expect(page.getByText("2 rows will be imported.")).toBeVisible({ timeout: 20_000 });
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByLabel("CSV file")).toBeVisible();
  await page.goto(`/w/${slug}/evidence`);
  await expectNoFeedbackAnywhere(page);
});

async function expectNoFeedbackAnywhere(page: Page) {
  const touchpoints = page.locator('[data-testid^="evidence-touchpoint-"]');
  await expect(touchpoints.first()).toBeVisible();
  await expect(page.getByText("No feedback yet", { exact: true })).toHaveCount(await touchpoints.count());
}
