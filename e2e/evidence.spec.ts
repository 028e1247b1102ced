import { expect, test } from "@playwright/test";
import { cardAction, createMap, signUp, slugOf, uniqueEmail } from "./helpers";

test("a customer answers a touchpoint's public form and the editor sees the score change on the map", async ({ page, browser }) => {
  await signUp(page, { name: "Elif Editor", email: uniqueEmail("elif") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  await createMap(page, slug, "Checkout journey");

  await page.getByRole("button", { name: /^Add card to Touchpoints at / }).first().click();
  await page.getByRole("textbox", { name: /^New card in Touchpoints at / }).fill("Checkout");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Escape");
  const card = page.getByTestId("card").filter({ hasText: "Checkout" });
  await expect(card.getByTestId("touchpoint-score")).toHaveAttribute("data-responses", "0", { timeout: 15_000 });

  // The team creates the touchpoint's feedback form and copies its public link.
  await cardAction(page, "Checkout", "Details and comments");
  const panel = page.getByTestId("card-panel");
  await panel.getByRole("button", { name: "Create form" }).click({ timeout: 15_000 });
  const link = await panel.getByTestId("feedback-form-link").inputValue({ timeout: 15_000 });
  expect(link).toMatch(/\/f\/[A-Za-z0-9_-]{20,}$/);

  // A customer, without an account, answers on their own device.
  const customerContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const customer = await customerContext.newPage();
  await customer.goto(link);
  await customer.getByRole("group", { name: /How satisfied/ }).getByText("5", { exact: true }).click();
  await customer.getByRole("button", { name: "Send" }).click();
  await expect(customer.getByRole("heading", { name: "Thank you!" })).toBeVisible();
  await customerContext.close();

  // The open map shows the new score without a reload, and the evidence view tints the card.
  await expect(card.getByTestId("touchpoint-score")).toHaveAttribute("data-responses", "1", { timeout: 15_000 });
  await expect(card.getByTestId("touchpoint-score")).toHaveAttribute("data-csat", "100");
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await page.getByTestId("evidence-view-toggle").click();
  await expect(page.getByTestId("evidence-view-toggle")).toHaveAttribute("aria-pressed", "true");
  await expect(card).toHaveAttribute("data-tint-hue", "120");
});
