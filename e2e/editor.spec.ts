import { expect, type Locator, type Page, test } from "@playwright/test";
import { createMap, signUp, slugOf, uniqueEmail } from "./helpers";

const stepOf = (card: Locator) => card.locator("xpath=ancestor::*[@data-step-id][1]").getAttribute("data-step-id");
const cardNamed = (page: Page, text: string) => page.getByTestId("card").filter({ hasText: text });

test("cards move by keyboard and by dragging, undo and redo follow, deletion can be undone, lanes hide", async ({ page }) => {
  await signUp(page, { name: "Kim Keyboard", email: uniqueEmail("kim") });
  await expect(page).toHaveURL(/\/w\//);
  await createMap(page, slugOf(page), "Keyboard journey", "Five phases");

  const pricing = cardNamed(page, "Pricing page");
  const consideration = await stepOf(pricing);
  const decision = await stepOf(cardNamed(page, "Landing page"));
  expect(consideration).not.toBe(decision);

  // Arrow key on the move control: one step to the right.
  await page.getByRole("button", { name: "Move card Pricing page" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => stepOf(pricing)).toBe(decision);

  // Undo puts it back, redo moves it again.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => stepOf(pricing)).toBe(consideration);
  await page.getByRole("button", { name: "Redo" }).click();
  await expect.poll(() => stepOf(pricing)).toBe(decision);

  // Dragging by the handle moves a card into another cell.
  const handle = page.getByRole("button", { name: "Drag card Live chat" });
  const target = cardNamed(page, "Store counter");
  await handle.scrollIntoViewIfNeeded();
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + 20, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height - 5, { steps: 15 });
  await page.mouse.up();
  await expect.poll(() => stepOf(cardNamed(page, "Live chat"))).toBe(decision);

  // Deleting a card offers an undo.
  await page.getByRole("button", { name: "Delete card Newsletter" }).click();
  await expect(cardNamed(page, "Newsletter")).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).last().click();
  await expect(cardNamed(page, "Newsletter")).toHaveCount(1);

  // A lane can be hidden and shown again.
  await page.getByRole("button", { name: "Hide lane Thoughts" }).click();
  await expect(page.getByRole("button", { name: "Show lane Thoughts" })).toBeVisible();
  await page.getByRole("button", { name: "Show lane Thoughts" }).click();
  await expect(page.getByRole("button", { name: "Hide lane Thoughts" })).toBeVisible();

  // Everything above is stored: a reload shows the moved cards where they went.
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-state", "saved");
  await page.reload();
  await expect.poll(() => stepOf(cardNamed(page, "Pricing page"))).toBe(decision);
  await expect.poll(() => stepOf(cardNamed(page, "Live chat"))).toBe(decision);
});
