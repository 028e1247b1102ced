import { expect, test } from "@playwright/test";
import { cardAction, createMap, inviteAndJoin, signUp, slugOf, uniqueEmail } from "./helpers";

test("a curve drawn for a persona shows the persona in the legend and is edited live by a second person", async ({ page, browser }) => {
  await signUp(page, { name: "Anna Owner", email: uniqueEmail("anna") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  await page.getByRole("link", { name: "Personas" }).click();
  await page.getByRole("button", { name: "New persona" }).first().click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill("Bram, busy parent");
  await dialog.getByRole("button", { name: "Create persona" }).click();
  await expect(page.getByText("Persona created.")).toBeVisible();

  const bob = await inviteAndJoin(page, browser, slug, "editor", "Bob Editor");
  const mapUrl = await createMap(page, slug, "Two views");
  await bob.page.goto(mapUrl);
  await expect(bob.page.getByTestId("connection-status")).toHaveAttribute("data-state", "saved");

  await page.getByRole("button", { name: "Add curve" }).click();
  await page.getByRole("textbox", { name: "Curve name" }).fill("Second view");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Actions for curve Second view" }).click();
  await page.getByRole("menuitem", { name: "Draw for Bram, busy parent" }).click();
  await expect(page.getByRole("button", { name: "Bram, busy parent", exact: true })).toHaveAttribute("aria-pressed", "true");

  // Bob sees the persona's curve and sets a point on it; Anna sees the point move.
  await expect(bob.page.getByRole("button", { name: "Bram, busy parent", exact: true })).toBeVisible();
  const bobPoint = bob.page.getByRole("slider", { name: /^Emotion at .* \(Bram, busy parent\)$/ }).first();
  await bobPoint.focus();
  await bob.page.keyboard.press("ArrowDown");
  await expect(page.getByRole("slider", { name: /^Emotion at .* \(Bram, busy parent\)$/ }).first()).toHaveAttribute("aria-valuenow", "-1");
  // A persona has one curve: it is not offered for the next curve.
  await page.getByRole("button", { name: "Add curve" }).click();
  await page.getByRole("textbox", { name: "Curve name" }).fill("Third view");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Actions for curve Third view" }).click();
  await expect(page.getByRole("menuitem", { name: "Draw for Bram, busy parent" })).toHaveCount(0);
  await page.keyboard.press("Escape");
  await bob.context.close();
});

test("a card in the KPI lane links to one of the map's KPIs and shows its live value", async ({ page }) => {
  await signUp(page, { name: "Kim KPI", email: uniqueEmail("kim") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  const mapUrl = await createMap(page, slug, "Linked KPIs", "Five phases");

  await page.goto(`/w/${slug}/evidence`);
  await page.getByRole("button", { name: /^Phase KPIs: / }).first().click();
  await page.getByRole("button", { name: "Add a KPI" }).first().click();
  const form = page.getByRole("form", { name: "Add a KPI" });
  await form.getByLabel("Name").fill("Answer time");
  await form.getByLabel("Target (service norm)").fill("10");
  await form.getByRole("button", { name: "Add KPI" }).click();
  await expect(page.getByText("KPI added.")).toBeVisible();
  const value = page.getByRole("form", { name: "Record a value for Answer time" });
  await value.getByLabel(/^Month/).fill("nov 2026");
  await value.getByLabel("Value").fill("12");
  await value.getByRole("button", { name: "Save value" }).click();
  await expect(page.getByText("Value saved.")).toBeVisible();

  await page.goto(mapUrl);
  await page.getByRole("button", { name: /^Add card to KPIs at / }).first().click();
  await page.getByRole("textbox", { name: /^New card in KPIs at / }).fill("Answer time on the phone");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Escape");
  await cardAction(page, "Answer time on the phone", "Details and comments");
  const panel = page.getByTestId("card-panel");
  await panel.getByLabel("Linked KPI").selectOption({ label: "Answer time" });
  await page.keyboard.press("Escape");
  const card = page.getByTestId("card").filter({ hasText: "Answer time on the phone" });
  await expect(card.getByTestId("kpi-card-value")).toHaveAttribute("data-status", /on|near|off/);
  await expect(card.getByTestId("kpi-card-value")).toContainText("12");
});
