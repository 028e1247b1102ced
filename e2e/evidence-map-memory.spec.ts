import { expect, test } from "@playwright/test";
import { createMap, signUp, slugOf, uniqueEmail } from "./helpers";

test("Feedback & KPIs remembers the map last chosen in this browser", async ({ page }) => {
  await signUp(page, { name: "Mia Memory", email: uniqueEmail("mia") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  await createMap(page, slug, "Alpha journey");
  await createMap(page, slug, "Beta journey");
  await page.goto(`/w/${slug}/evidence`);
  const picker = page.getByLabel("Map", { exact: true });
  await expect(picker.locator("option:checked")).toHaveText("Alpha journey");
  await picker.selectOption({ label: "Beta journey" });
  await expect(page).toHaveURL(/\?map=[0-9a-f-]{36}$/);
  await page.goto(`/w/${slug}`);
  await page.goto(`/w/${slug}/evidence`);
  await expect(page.getByLabel("Map", { exact: true }).locator("option:checked")).toHaveText("Beta journey");
});
