import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { cardAction, createMap, signUp, slugOf, uniqueEmail } from "./helpers";

async function violationsOn(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("the main pages have no WCAG 2.1 A/AA violations axe-core can find", async ({ page }) => {
  // Some thirty pages, each analysed by axe: more than the default minute on a busy 2-core machine.
  test.setTimeout(240_000);
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  expect(await violationsOn(page), "sign-in").toEqual([]);
  await page.goto("/sign-up");
  expect(await violationsOn(page), "sign-up").toEqual([]);

  await signUp(page, { name: "Alex Axe", email: uniqueEmail("axe") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  await expect(page.getByRole("button", { name: "New map" })).toBeVisible();
  expect(await violationsOn(page), "maps list").toEqual([]);

  const mapUrl = await createMap(page, slug, "Accessible journey", "Five phases");
  await expect(page.getByTestId("card").first()).toBeVisible();
  expect(await violationsOn(page), "editor").toEqual([]);
  await cardAction(page, "Pricing page", "Details and comments");
  const panel = page.getByTestId("card-panel");
  await panel.getByRole("button", { name: "Create form" }).click({ timeout: 15_000 });
  const formLink = await panel.getByTestId("feedback-form-link").inputValue({ timeout: 15_000 });
  expect(await violationsOn(page), "editor with the card panel").toEqual([]);

  const pages = [`${new URL(mapUrl).pathname}/dashboard`, `${new URL(mapUrl).pathname}/review`, `/w/${slug}/dashboard`, `/w/${slug}/portfolio`, `/w/${slug}/settings/api-keys/reference`, `/w/${slug}/settings`, `/w/${slug}/members`, `/w/${slug}/notifications`, `/w/${slug}/my-work`, `/w/${slug}/opportunities`, `${new URL(mapUrl).pathname}/share`, `/w/${slug}/settings/webhooks`, `/w/${slug}/alerts`, `/w/${slug}/evidence`];
  for (const path of [...pages, "/account/sessions", "/account/password", "/account/notifications"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await violationsOn(page), path).toEqual([]);
  }
  await page.goto(formLink);
  await expect(page.getByRole("button", { name: "Send" })).toBeVisible();
  expect(await violationsOn(page), "public form").toEqual([]);

  // The same pages in Dutch.
  await page.goto(`/w/${slug}`);
  await page.getByLabel("Language").first().selectOption("nl");
  await expect(page.getByRole("button", { name: "Nieuwe klantreis" })).toBeVisible();
  expect(await violationsOn(page), "maps list (nl)").toEqual([]);
  for (const path of [new URL(mapUrl).pathname, ...pages]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await violationsOn(page), `${path} (nl)`).toEqual([]);
  }

  // The public form speaks the workspace's language: set it to Dutch.
  await page.goto(`/w/${slug}/settings`);
  await page.getByLabel("Taal van de werkruimte").selectOption("nl");
  await page.getByRole("button", { name: "Taal en tijdzone opslaan" }).click();
  await expect(page.getByText("Taal en tijdzone opgeslagen.")).toBeVisible();
  await page.goto(formLink);
  await expect(page.getByRole("button", { name: "Versturen" })).toBeVisible();
  expect(await violationsOn(page), "public form (nl)").toEqual([]);

  // Signed out, in a Dutch browser: sign-in and sign-up in Dutch.
  const dutch = await page.context().browser()!.newContext({ locale: "nl-NL" });
  const visitor = await dutch.newPage();
  await visitor.goto("/sign-in");
  await expect(visitor.getByRole("button", { name: "Inloggen" })).toBeVisible();
  expect(await violationsOn(visitor), "sign-in (nl)").toEqual([]);
  await visitor.goto("/sign-up");
  await expect(visitor.getByRole("button", { name: "Account aanmaken" })).toBeVisible();
  expect(await violationsOn(visitor), "sign-up (nl)").toEqual([]);
  await dutch.close();
});

test("on a phone every workspace page is one menu away", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signUp(page, { name: "Pia Phone", email: uniqueEmail("phone") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  await expect(page.getByRole("link", { name: "Members" })).toBeHidden();
  await page.getByTestId("workspace-menu").click();
  for (const name of ["Journey maps", "Personas", "Dashboard", "Portfolio", "Feedback & KPIs", "Members", "Audit log", "Settings"]) {
    await expect(page.getByRole("menuitem", { name })).toBeVisible();
  }
  await page.getByRole("menuitem", { name: "Members" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/members$`));
  await expect(page.getByTestId("workspace-menu")).toContainText("Members");
  // Nothing sticks out past the screen's edge.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await violationsOn(page), "members on a phone").toEqual([]);
  await context.close();
});
