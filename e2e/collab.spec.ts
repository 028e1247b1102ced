import { expect, test } from "@playwright/test";
import { createMap, inviteAndJoin, signUp, slugOf, uniqueEmail } from "./helpers";

test("two people co-edit one map live, and offline edits merge on reconnect", async ({ page, browser }) => {
  await signUp(page, { name: "Anna Owner", email: uniqueEmail("anna") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  const bob = await inviteAndJoin(page, browser, slug, "editor", "Bob Editor");
  const mapUrl = await createMap(page, slug, "Co-edited journey");

  await bob.page.goto(mapUrl);
  await expect(bob.page.getByTestId("connection-status")).toHaveAttribute("data-state", "saved");

  // Presence: both see both.
  await expect(page.getByTestId("presence-avatar")).toHaveCount(2);
  await expect(bob.page.getByTestId("presence-avatar")).toHaveCount(2);

  // Anna adds a card; Bob sees it.
  await page.getByRole("button", { name: /^Add card to Customer actions at / }).first().click();
  await page.getByRole("textbox", { name: /^New card in Customer actions at / }).fill("Compares prices online");
  await page.keyboard.press("Enter");
  await expect(bob.page.getByTestId("card").filter({ hasText: "Compares prices online" })).toBeVisible();

  // Escape abandons a rename.
  await bob.page.getByRole("button", { name: /^Rename phase / }).first().click();
  await bob.page.getByRole("textbox", { name: "Phase name" }).fill("Abandoned name");
  await bob.page.keyboard.press("Escape");
  await expect(bob.page.getByRole("textbox", { name: "Phase name" })).toHaveCount(0);
  await expect(bob.page.getByRole("button", { name: "Rename phase Abandoned name" })).toHaveCount(0);

  // Bob renames the phase; Anna sees it.
  await bob.page.getByRole("button", { name: /^Rename phase / }).first().click();
  await bob.page.getByRole("textbox", { name: "Phase name" }).fill("Orientation");
  await bob.page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Rename phase Orientation" })).toBeVisible();

  // Anna sets the emotion with the keyboard; Bob's curve follows.
  const annaPoint = page.getByRole("slider", { name: /^Emotion at / }).first();
  await annaPoint.focus();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(bob.page.getByRole("slider", { name: /^Emotion at / }).first()).toHaveAttribute("aria-valuenow", "2");

  // Anna adds a second curve for another persona; Bob sees it and sets a point on it live.
  await page.getByRole("button", { name: "Add curve" }).click();
  await page.getByRole("textbox", { name: "Curve name" }).fill("Persona Bram");
  await page.keyboard.press("Enter");
  await expect(bob.page.getByRole("button", { name: "Persona Bram", exact: true })).toHaveAttribute("aria-pressed", "true");
  const bobPoint = bob.page.getByRole("slider", { name: /^Emotion at .* \(Persona Bram\)$/ }).first();
  await bobPoint.focus();
  await bob.page.keyboard.press("ArrowDown");
  await expect(page.getByRole("slider", { name: /^Emotion at .* \(Persona Bram\)$/ }).first()).toHaveAttribute("aria-valuenow", "-1");
  // Hiding it in the legend is one viewer's choice: Bob still sees it.
  await page.getByRole("button", { name: "Persona Bram", exact: true }).click();
  await expect(page.getByRole("slider", { name: /\(Persona Bram\)$/ })).toHaveCount(0);
  await expect(bob.page.getByRole("slider", { name: /\(Persona Bram\)$/ }).first()).toBeVisible();

  // Bob goes offline, edits, and comes back: his edit reaches Anna.
  await bob.context.setOffline(true);
  await expect(bob.page.getByTestId("connection-status")).toHaveAttribute("data-state", "offline");
  await bob.page.getByRole("button", { name: /^Add card to Pain points at / }).first().click();
  await bob.page.getByRole("textbox", { name: /^New card in Pain points at / }).fill("Shipping costs appear late");
  await bob.page.keyboard.press("Enter");
  await expect(bob.page.getByTestId("card").filter({ hasText: "Shipping costs appear late" })).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page.getByTestId("card").filter({ hasText: "Shipping costs appear late" })).toHaveCount(0);
  await bob.context.setOffline(false);
  await expect(page.getByTestId("card").filter({ hasText: "Shipping costs appear late" })).toBeVisible({ timeout: 20_000 });
  await expect(bob.page.getByTestId("connection-status")).toHaveAttribute("data-state", "saved", { timeout: 20_000 });

  // After a reload everything is still there (stored on the server).
  await page.reload();
  await expect(page.getByTestId("card").filter({ hasText: "Compares prices online" })).toBeVisible();
  await expect(page.getByTestId("card").filter({ hasText: "Shipping costs appear late" })).toBeVisible();
  await bob.context.close();
});

test("a viewer sees the map live but cannot change it", async ({ page, browser }) => {
  await signUp(page, { name: "Vera Owner", email: uniqueEmail("vera") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  const viewer = await inviteAndJoin(page, browser, slug, "viewer", "Max Manager");
  const mapUrl = await createMap(page, slug, "Reviewed journey", "Five phases");

  await viewer.page.goto(mapUrl);
  await expect(viewer.page.getByTestId("view-only-badge")).toBeVisible();
  await expect(viewer.page.getByRole("button", { name: "Add phase" })).toHaveCount(0);
  await expect(viewer.page.getByRole("button", { name: /^Add card to / })).toHaveCount(0);
  await expect(viewer.page.getByRole("button", { name: /^Actions for (phase|step|lane) / })).toHaveCount(0);
  await expect(viewer.page.getByRole("button", { name: /^Edit card / })).toHaveCount(0);

  await page.getByRole("button", { name: /^Add card to Pain points at / }).first().click();
  await page.getByRole("textbox", { name: /^New card in Pain points at / }).fill("Visible to the viewer");
  await page.keyboard.press("Enter");
  await expect(viewer.page.getByTestId("card").filter({ hasText: "Visible to the viewer" })).toBeVisible();
  await viewer.context.close();
});
