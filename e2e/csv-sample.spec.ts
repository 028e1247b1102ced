import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
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
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page.getByText("2 responses imported; no rows refused.")).toBeVisible({ timeout: 20_000 });
});
