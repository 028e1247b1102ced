import { expect, test } from "@playwright/test";
import { createMap, signUp, slugOf, uniqueEmail } from "./helpers";

test("a KPI value's period is typed as people write it, and the form says what it read", async ({ page }) => {
  await signUp(page, { name: "Kees KPI", email: uniqueEmail("kees") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  await createMap(page, slug, "Delivery journey", "Five phases");

  await page.goto(`/w/${slug}/evidence`);
  await page.getByRole("button", { name: /^Phase KPIs: / }).first().click();
  await page.getByRole("button", { name: "Add a KPI" }).first().click();
  const form = page.getByRole("form", { name: "Add a KPI" });
  await form.getByLabel("Name").fill("Delivery time");
  await form.getByLabel("Measured per").selectOption("quarter");
  await form.getByLabel("Target (service norm)").fill("3");
  await form.getByRole("button", { name: "Add KPI" }).click();
  await expect(page.getByText("KPI added.")).toBeVisible();

  const value = page.getByRole("form", { name: "Record a value for Delivery time" });
  const period = value.getByLabel(/^Quarter/);
  await period.fill("Q4 2026");
  await expect(value.getByText("Understood as Q4 2026")).toBeVisible();
  await period.fill("sometime");
  await expect(value.getByText("Not a quarter we can read yet")).toBeVisible();
  await period.fill("nov 2026");
  await expect(value.getByText("Understood as Q4 2026")).toBeVisible();
  await value.getByLabel("Value").fill("2.5");
  await value.getByRole("button", { name: "Save value" }).click();
  await expect(page.getByText("Value saved.")).toBeVisible();
  await expect(page.getByText("2026-Q4").first()).toBeVisible();
});
