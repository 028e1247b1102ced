import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { cardAction, cardWithText, createMap, signUp, slugOf, uniqueEmail } from "./helpers";

test("workspace language and time zone reach the public form and the audit log; a dashboard downloads as PNG", async ({ page, browser }) => {
  await signUp(page, { name: "Sanne Settings", email: uniqueEmail("sanne") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);

  // Bad input first: nothing is saved. Then Dutch and London.
  await page.goto(`/w/${slug}/settings`);
  await page.getByLabel("Workspace language").selectOption("nl");
  await page.getByLabel("Time zone", { exact: true }).selectOption("Europe/London");
  await page.getByRole("button", { name: "Save language and time zone" }).click();
  await expect(page.getByText("Language and time zone saved.")).toBeVisible();
  await page.goto(`/w/${slug}/audit`);
  await expect(page.getByTestId("audit-event").first()).toContainText("Europe/London");

  // The public form of a touchpoint speaks the workspace's language.
  const mapUrl = await createMap(page, slug, "Form language", "Five phases");
  const card = cardWithText(page, "Pricing page");
  await cardAction(page, "Pricing page", "Details and comments");
  const panel = page.getByTestId("card-panel");
  await panel.getByRole("button", { name: "Create form" }).click({ timeout: 15_000 });
  const link = await panel.getByTestId("feedback-form-link").inputValue({ timeout: 15_000 });
  const customerContext = await browser.newContext({ locale: "en-GB" });
  const customer = await customerContext.newPage();
  await customer.goto(link);
  await expect(customer.getByText("Hoe tevreden bent u over “Pricing page”?")).toBeVisible();
  await expect(customer.getByRole("button", { name: "Versturen" })).toBeVisible();
  await customerContext.close();

  // The map's dashboard downloads as one PNG image.
  await page.goto(`${mapUrl}/dashboard`);
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download page as PNG" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(1, 4).toString()).toBe("PNG");
  expect(bytes.length).toBeGreaterThan(10_000);
});
