import { expect, test } from "@playwright/test";
import { createMap, signUp, slugOf, uniqueEmail } from "./helpers";

test("Feedback & KPIs is one table: human channel names in both languages, a row opens its form and KPIs", async ({ page }) => {
  await signUp(page, { name: "Tara Table", email: uniqueEmail("tara") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  await createMap(page, slug, "Tabled journey", "Five phases");
  await page.goto(`/w/${slug}/evidence`);

  const table = page.getByRole("table", { name: "Touchpoints of the map by phase, with their feedback, public form and KPIs" });
  const row = table.getByTestId(/^evidence-touchpoint-/).filter({ has: page.getByRole("rowheader", { name: "Review site", exact: true }) });
  // The channel column: the touchpoint's channel, "review_site", in words.
  await expect(row.getByRole("cell").first()).toHaveText("Review site");
  await expect(row).toContainText("No feedback yet");
  await expect(row).toContainText("No form");
  // Channels read as words, never as codes such as "review_site" or "word_of_mouth".
  await expect(table).not.toContainText(/\b(review_site|word_of_mouth|ads)\b/);

  // Controls are one click away, not 21 blocks open at once.
  await expect(page.getByRole("button", { name: "Create form" })).toHaveCount(0);
  const manage = row.getByRole("button", { name: "Form and KPIs: Review site" });
  await manage.click();
  await expect(manage).toHaveAttribute("aria-expanded", "true");
  const formSection = page.getByRole("region", { name: "Public form of Review site" });
  await formSection.getByRole("button", { name: "Create form" }).click();
  await expect(row).toContainText("Open", { timeout: 15_000 });
  await expect(page.getByRole("region", { name: "KPIs of Review site" }).getByRole("button", { name: "Add a KPI" })).toBeVisible();
  await page.screenshot({ path: "test-results/evidence-table.png", fullPage: true });

  // In Dutch: the same table, with Dutch channel names.
  await page.goto(`/w/${slug}`);
  await page.getByLabel("Language").first().selectOption("nl");
  await expect(page.getByRole("button", { name: "Nieuwe klantreis" })).toBeVisible();
  await page.goto(`/w/${slug}/evidence`);
  const dutch = page.getByRole("table", { name: /Contactmomenten van de klantreis per fase/ });
  await expect(dutch.getByRole("columnheader", { name: "Kanaal" })).toBeVisible();
  await expect(dutch).toContainText("Reviewsite");
  await expect(dutch).not.toContainText(/\b(review_site|word_of_mouth|ads)\b/);
  await page.screenshot({ path: "test-results/evidence-table-nl.png", fullPage: true });
});
