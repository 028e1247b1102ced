import { expect, type Locator, type Page, test } from "@playwright/test";
import { cardAction, cardWithText, createMap, headerAction, signUp, slugOf, uniqueEmail } from "./helpers";

const stepOf = (card: Locator) => card.locator("xpath=ancestor::*[@data-step-id][1]").getAttribute("data-step-id");
const cardNamed = cardWithText;
const stepOrder = (page: Page) => page.locator("th[data-step-id]").evaluateAll((ths) => ths.map((th) => th.getAttribute("data-step-id")!));

test("cards move from their menu and by dragging, undo and redo follow, deletion can be undone, lanes hide", async ({ page }) => {
  await signUp(page, { name: "Kim Keyboard", email: uniqueEmail("kim") });
  await expect(page).toHaveURL(/\/w\//);
  await createMap(page, slugOf(page), "Keyboard journey", "Five phases");

  const pricing = cardNamed(page, "Pricing page");
  const from = await stepOf(pricing);
  const steps = await stepOrder(page);
  const next = steps[steps.indexOf(from!) + 1]!;

  // The card's menu, by keyboard alone: focus its button, open with Enter, pick the move.
  await pricing.hover();
  const menuButton = pricing.getByRole("button", { name: "Actions for card Pricing page" });
  await menuButton.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("menuitem", { name: "Move to the next step" }).focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => stepOf(pricing)).toBe(next);
  // Focus follows the card to its new cell, so the next move is one menu away.
  await expect(cardNamed(page, "Pricing page").getByRole("button", { name: "Actions for card Pricing page" })).toBeFocused();

  // Undo puts it back, redo moves it again.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => stepOf(pricing)).toBe(from);
  await page.getByRole("button", { name: "Redo" }).click();
  await expect.poll(() => stepOf(pricing)).toBe(next);

  // A pointer drags the card itself into the next step's cell of its lane.
  const liveChat = cardNamed(page, "Live chat");
  const chatStep = (await stepOf(liveChat))!;
  const targetStep = (await stepOrder(page))[(await stepOrder(page)).indexOf(chatStep) + 1]!;
  const laneId = await liveChat.locator("xpath=ancestor::td[1]").getAttribute("data-lane-id");
  const targetCell = page.locator(`td[data-lane-id="${laneId}"][data-step-id="${targetStep}"]`);
  await targetCell.scrollIntoViewIfNeeded();
  await liveChat.scrollIntoViewIfNeeded();
  const a = (await liveChat.boundingBox())!;
  const b = (await targetCell.boundingBox())!;
  await page.mouse.move(a.x + a.width / 3, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + 20, a.y + 20, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + Math.min(b.height - 5, 40), { steps: 15 });
  await page.mouse.up();
  await expect.poll(() => stepOf(cardNamed(page, "Live chat"))).toBe(targetStep);

  // Deleting a card from its menu offers an undo.
  await cardAction(page, "Newsletter", "Delete");
  await expect(cardNamed(page, "Newsletter")).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).last().click();
  await expect(cardNamed(page, "Newsletter")).toHaveCount(1);

  // A lane can be hidden from its menu and shown again.
  await headerAction(page, "lane", "Thoughts", "Hide lane");
  await expect(page.getByRole("button", { name: "Show lane Thoughts" })).toBeVisible();
  await page.getByRole("button", { name: "Show lane Thoughts" }).click();
  await expect(page.getByRole("button", { name: "Actions for lane Thoughts" })).toHaveCount(1);

  // Everything above is stored: a reload shows the moved cards where they went.
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-state", "saved");
  await page.reload();
  await expect.poll(() => stepOf(cardNamed(page, "Pricing page"))).toBe(next);
  await expect.poll(() => stepOf(cardNamed(page, "Live chat"))).toBe(targetStep);
});

test("the canvas stays calm: controls show on hover and focus, one menu per header and card", async ({ page }) => {
  await signUp(page, { name: "Cara Calm", email: uniqueEmail("cara") });
  await expect(page).toHaveURL(/\/w\//);
  await createMap(page, slugOf(page), "Calm journey", "Five phases");
  const card = page.getByTestId("card").first();
  const menu = card.getByRole("button", { name: /^Actions for card / });
  await page.mouse.move(5, 5);
  await expect(menu).toHaveCSS("opacity", "0");
  await card.hover();
  await expect(menu).toHaveCSS("opacity", "1");
  // Per card one button besides its text; per header one besides its name.
  const perCard = await page.getByTestId("card").evaluateAll((cards) => cards.map((c) => c.querySelectorAll("button").length));
  expect(Math.max(...perCard)).toBeLessThanOrEqual(2);
  expect(await page.locator("th[data-phase-id]").first().locator("button").count()).toBe(2);

  // Every action of a card's menu, by keyboard alone.
  const text = (await card.getByRole("button", { name: /^Edit card / }).innerText()).trim();
  const byKeyboard = async (cardText: string, action: string) => {
    await cardNamed(page, cardText).getByRole("button", { name: /^Actions for card / }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("menuitem", { name: action, exact: true }).focus();
    await page.keyboard.press("Enter");
  };
  await byKeyboard(text, "Edit text");
  await expect(page.getByRole("textbox", { name: "Card text" })).toBeFocused();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" (checked)");
  await page.keyboard.press("Enter");
  const edited = `${text} (checked)`;
  await expect(cardNamed(page, edited)).toHaveCount(1);
  const textNow = edited;
  const again = (action: string) => byKeyboard(textNow, action);
  await again("Details and comments");
  await expect(page.getByTestId("card-panel")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("card-panel")).toHaveCount(0);
  const before = await stepOf(cardNamed(page, textNow));
  await again("Move to the next step");
  await expect.poll(() => stepOf(cardNamed(page, textNow))).not.toBe(before);
  await again("Move to the previous step");
  await expect.poll(() => stepOf(cardNamed(page, textNow))).toBe(before);
  await again("Move to…");
  await expect(page.getByRole("dialog", { name: /^Move card/ })).toBeVisible();
  await page.keyboard.press("Escape");
  await again("Delete");
  await expect(cardNamed(page, textNow)).toHaveCount(0);

  // A new lane comes into view with its name ready for typing.
  await page.getByRole("button", { name: "Add lane" }).click();
  await page.getByRole("menuitem", { name: "Custom lane" }).click();
  const name = page.getByRole("textbox", { name: "Lane name" });
  await expect(name).toBeFocused();
  await expect(name).toBeInViewport();
  await name.fill("Channels we own");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Rename lane Channels we own" })).toBeVisible();
});

test("zoom in and out, fit the map to the screen, and present it phase by phase", async ({ page }) => {
  await signUp(page, { name: "Zoe Zoom", email: uniqueEmail("zoe") });
  await expect(page).toHaveURL(/\/w\//);
  await createMap(page, slugOf(page), "Zoomed journey", "Online order");
  const grid = page.getByTestId("map-grid");
  await expect(page.getByTestId("zoom-level")).toHaveText("100 %");
  // The overview of a wide map takes the grid to a phase.
  const overview = page.getByTestId("map-overview");
  await overview.getByRole("button").last().click();
  await expect.poll(() => grid.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Zoom out" }).click();
  await expect(page.getByTestId("zoom-level")).toHaveText("90 %");
  await page.getByRole("button", { name: "Zoom in" }).click();
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(page.getByTestId("zoom-level")).toHaveText("110 %");
  await page.getByRole("button", { name: "Fit the map to the screen" }).click();
  // Fitted: the whole width of the map is inside the grid, no sideways scrolling left.
  await expect.poll(() => grid.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  await page.getByTestId("zoom-level").click();
  await expect(page.getByTestId("zoom-level")).toHaveText("100 %");

  const phases = await page.locator('th[data-phase-id] button[aria-label^="Rename phase"]').allInnerTexts();
  await page.getByRole("button", { name: "Present" }).click();
  const show = page.getByTestId("presentation");
  await expect(show).toBeVisible();
  await expect(show.getByRole("heading", { level: 2 })).toHaveText(phases[0]!.trim());
  await expect(show.getByRole("button", { name: /^Actions for / })).toHaveCount(0);
  await page.keyboard.press("ArrowRight");
  await expect(show.getByRole("heading", { level: 2 })).toHaveText(phases[1]!.trim());
  await expect(show.getByTestId("presentation-position")).toHaveText(`Phase 2 of ${phases.length}`);
  await page.keyboard.press("ArrowLeft");
  await expect(show.getByRole("heading", { level: 2 })).toHaveText(phases[0]!.trim());
  await page.keyboard.press("Escape");
  await expect(show).toHaveCount(0);
});

test("a big map renders the cells near the screen and the rest as the grid scrolls to them", async ({ page }) => {
  await signUp(page, { name: "Bo Big", email: uniqueEmail("bo") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  // 30 steps × 4 lanes × 5 cards = 600 cards, above the size from which the grid renders lazily.
  const lanes = ["need", "actions", "thoughts", "pain_points"].map((kind, i) => ({ id: `l${i}`, kind, name: `Lane ${i + 1}`, hidden: false }));
  const phases = Array.from({ length: 6 }, (_, p) => ({ id: `p${p}`, name: `Phase ${p + 1}` }));
  const steps = phases.flatMap((p, i) => Array.from({ length: 5 }, (_, s) => ({ id: `s${i}-${s}`, phaseId: p.id, name: `Step ${i + 1}.${s + 1}`, emotion: 0 })));
  const cards = steps.flatMap((s) => lanes.flatMap((l) => Array.from({ length: 5 }, (_, c) => ({ id: `${s.id}-${l.id}-${c}`, laneId: l.id, stepId: s.id, kind: "note", text: `Card ${c + 1} at ${s.name} in ${l.name}` }))));
  const file = { format: "journeyboard.map", version: 1, name: "Big", content: { phases, steps, lanes, cards } };
  await page.goto(`/w/${slug}/maps/import`);
  await page.getByLabel("Map file (JSON)").setInputFiles({ name: "big.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByLabel("Name of the new map").fill("Big journey");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page).toHaveURL(/\/maps\/[0-9a-f-]{36}$/);
  await expect(cardNamed(page, "Card 1 at Step 1.1 in Lane 1")).toBeVisible();
  // Far to the right, not rendered yet; scrolling the grid there brings it.
  const far = cardNamed(page, "Card 5 at Step 6.5 in Lane 4");
  await expect(far).toHaveCount(0);
  expect(await page.getByTestId("card").count()).toBeLessThan(cards.length);
  await page.getByTestId("map-grid").evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(far).toBeVisible();
  // Edited there, and stored.
  await far.getByRole("button", { name: /^Edit card / }).click();
  await page.getByRole("textbox", { name: "Card text" }).fill("Edited far away");
  await page.keyboard.press("Enter");
  await expect(cardNamed(page, "Edited far away")).toBeVisible();
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-state", "saved");
});
