import { expect, type Page, test } from "@playwright/test";
import { cardAction, createMap, inviteAndJoin, signUp, slugOf, uniqueEmail } from "./helpers";

const IDEA = "All-in price incl. delivery on the pricing page";
const cell = (page: Page, value: number, effort: number) => page.locator(`[data-testid="matrix-cell"][data-value="${value}"][data-effort="${effort}"]`);
const chip = (page: Page, text: string) => page.getByTestId("matrix-card").filter({ has: page.getByRole("link", { name: new RegExp(`^${text}`) }) });

test("value and effort set on a card place it in the matrix; filters, a keyboard move to another quadrant and the card's link follow; a viewer only looks", async ({ page, browser }) => {
  await signUp(page, { name: "Olga Opportunity", email: uniqueEmail("olga") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  const viewer = await inviteAndJoin(page, browser, slug, "viewer", "Vera Viewer");
  const mapUrl = await createMap(page, slug, "Matrix journey", "Five phases");

  // In the editor: customer value 5, effort 2 — a quick win.
  await cardAction(page, IDEA, "Details and comments");
  const panel = page.getByTestId("card-panel");
  await panel.getByLabel("Customer value").selectOption("5");
  await panel.getByLabel("Effort").selectOption("2");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-state", "saved");

  // The matrix, from the workspace's nav.
  await page.getByRole("link", { name: "Opportunities" }).first().click();
  await expect(page.getByRole("heading", { name: "Opportunity matrix", level: 1 })).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(chip(page, IDEA)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(cell(page, 5, 2).getByRole("link", { name: new RegExp(`^${IDEA}`) })).toBeVisible();
  await expect(cell(page, 5, 2)).toHaveAttribute("data-quadrant", "quick_wins");
  await expect(page.getByTestId("quadrant-label")).toHaveText(["Quick wins", "Big bets", "Fill-ins", "Money pits"]);
  // The template's other opportunities wait beside it.
  const unplaced = page.getByRole("region", { name: "Not placed yet" });
  await expect(unplaced.getByRole("link", { name: /^Guest checkout without an account/ })).toBeVisible();
  await page.screenshot({ path: "test-results/opportunity-matrix.png", fullPage: true });

  // Filters live in the URL; a filter that leaves nothing says so; Reset brings everything back.
  await page.getByLabel("Status").selectOption("doing");
  await expect(page).toHaveURL(/status=doing/);
  await expect(page.getByRole("list", { name: "Active filters" })).toContainText("Status: In progress");
  await expect(chip(page, IDEA)).toBeVisible();
  await expect(unplaced.getByRole("link", { name: /^Guest checkout/ })).toHaveCount(0);
  await page.getByLabel("Owner", { exact: true }).selectOption({ label: "Olga Opportunity" });
  await expect(page.getByText("The owner filter “Olga Opportunity” leaves no opportunities; remove it to see the others.")).toBeVisible();
  await page.getByRole("button", { name: "Remove filter: Owner: Olga Opportunity" }).click();
  await expect(chip(page, IDEA)).toBeVisible();
  await page.getByRole("button", { name: "Reset filters" }).click();
  await expect(page).not.toHaveURL(/status=/);
  await expect(unplaced.getByRole("link", { name: /^Guest checkout/ })).toBeVisible();

  // By keyboard: pick it up by its handle, one cell right (effort 3) and three down (value 2): a money pit.
  await chip(page, IDEA).getByRole("button", { name: `Move ${IDEA}` }).focus();
  await page.keyboard.press("Space");
  await expect(page.getByText(`${IDEA} is over customer value 5, effort 2.`)).toBeAttached();
  // Each step is announced (as a screen reader hears it) before the next key.
  for (const [key, value, effort] of [["ArrowRight", 5, 3], ["ArrowDown", 4, 3], ["ArrowDown", 3, 3], ["ArrowDown", 2, 3]] as const) {
    await page.keyboard.press(key);
    await expect(page.getByText(`${IDEA} is over customer value ${value}, effort ${effort}.`)).toBeAttached();
  }
  await page.keyboard.press("Space");
  await expect(page.getByText(`“${IDEA}” now has value 2 and effort 3.`)).toBeVisible();
  await expect(cell(page, 2, 3).getByRole("link", { name: new RegExp(`^${IDEA}`) })).toBeVisible();
  await expect(cell(page, 2, 3)).toHaveAttribute("data-quadrant", "money_pits");
  await page.reload();
  await expect(cell(page, 2, 3).getByRole("link", { name: new RegExp(`^${IDEA}`) })).toBeVisible();

  // Place (the other way without a pointer) puts an unplaced one on the matrix.
  await unplaced.getByRole("button", { name: "Place Guest checkout without an account" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Customer value").selectOption("4");
  await dialog.getByLabel("Effort").selectOption("4");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(cell(page, 4, 4).getByRole("link", { name: /^Guest checkout without an account/ })).toBeVisible();

  // A viewer sees the matrix but has nothing to drag.
  await viewer.page.goto(`/w/${slug}/opportunities`);
  await expect(cell(viewer.page, 2, 3).getByRole("link", { name: new RegExp(`^${IDEA}`) })).toBeVisible();
  await expect(viewer.page.getByRole("button", { name: `Move ${IDEA}` })).toHaveCount(0);
  await expect(viewer.page.getByText("You can look but not move cards: that takes an editor.")).toBeVisible();
  await viewer.context.close();

  // The card's link opens it in the editor, with the values the matrix gave it.
  await cell(page, 2, 3).getByRole("link", { name: new RegExp(`^${IDEA}`) }).click();
  await expect(page).toHaveURL(new RegExp(`${new URL(mapUrl).pathname}\\?card=[0-9a-f-]{36}$`));
  const opened = page.getByTestId("card-panel");
  await expect(opened.getByLabel("Customer value")).toHaveValue("2");
  await expect(opened.getByLabel("Effort")).toHaveValue("3");

  // In Dutch.
  await page.goto(`/w/${slug}/opportunities`);
  await page.getByLabel("Language").first().selectOption("nl");
  await expect(page.getByRole("heading", { name: "Kansenmatrix", level: 1 })).toBeVisible();
  await expect(page.getByTestId("quadrant-label")).toHaveText(["Snelle successen", "Grote projecten", "Opvullers", "Geldputten"]);
  await expect(page.getByRole("region", { name: "Nog niet geplaatst" })).toBeVisible();
  await page.screenshot({ path: "test-results/opportunity-matrix-nl.png", fullPage: true });
  await page.getByLabel("Taal").first().selectOption("en");
});
