import { expect, test } from "@playwright/test";
import { cardAction, createMap, signUp, slugOf, uniqueEmail } from "./helpers";

test("an alert rule on low-score comments fires when a customer's answer arrives: the maker's bell and the Alerts page say so", async ({ page, browser }) => {
  await signUp(page, { name: "Alma Alert", email: uniqueEmail("alma") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  await createMap(page, slug, "Alerted journey", "Five phases");
  await cardAction(page, "Pricing page", "Details and comments");
  const panel = page.getByTestId("card-panel");
  await panel.getByRole("button", { name: "Create form" }).click({ timeout: 15_000 });
  const formLink = await panel.getByTestId("feedback-form-link").inputValue({ timeout: 15_000 });

  // The rule, made from the workspace dashboard's Alerts link.
  await page.goto(`/w/${slug}/dashboard`);
  await page.getByRole("link", { name: "Alerts" }).click();
  await expect(page.getByRole("heading", { name: "Alerts", level: 1 })).toBeVisible();
  await page.getByLabel("When", { exact: true }).selectOption({ label: "A comment with a score of 2 or less arrives" });
  await expect(page.getByLabel("On", { exact: true })).toHaveValue("workspace");
  await page.getByRole("button", { name: "Add rule" }).click();
  await expect(page.getByTestId("alert-rule")).toContainText("A comment with CSAT ≤ 2");
  await expect(page.getByTestId("alert-rule")).toContainText("never fired");

  // A customer answers badly, with a comment.
  const customerContext = await browser.newContext();
  const customer = await customerContext.newPage();
  await customer.goto(formLink);
  await customer.getByRole("group", { name: /How satisfied/ }).getByText("1", { exact: true }).click();
  await customer.getByLabel(/Anything you would like to tell us/).fill("Hidden costs at checkout, I gave up.");
  await customer.getByRole("button", { name: "Send" }).click();
  await expect(customer.getByRole("heading", { name: "Thank you!" })).toBeVisible();
  await customerContext.close();

  await page.reload();
  await expect(page.getByTestId("alert-firing")).toContainText("Hidden costs at checkout");
  await expect(page.getByTestId("notification-count")).toHaveText("1");
  await page.goto(`/w/${slug}/notifications`);
  await expect(page.getByTestId("notification")).toContainText("An alert rule fired on Alerted journey");
  await page.getByTestId("notification").getByRole("link").click();
  await expect(page).toHaveURL(/\/maps\/[0-9a-f-]{36}\/dashboard$/);
});
