import { expect, test } from "@playwright/test";
import { cardAction, createMap, signUp, slugOf, uniqueEmail } from "./helpers";

test("a share link shows the map to someone signed out, asks for its password, and stops when turned off", async ({ page, browser }) => {
  await signUp(page, { name: "Anna Owner", email: uniqueEmail("anna-share") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  const mapUrl = await createMap(page, slug, "Shared journey", "Five phases");
  // A comment that must not travel with the link.
  await cardAction(page, "Pricing page", "Details and comments");
  await page.getByTestId("card-panel").getByRole("combobox", { name: "New comment" }).fill("Internal: ask finance first");
  await page.getByTestId("card-panel").getByRole("button", { name: "Comment", exact: true }).click();
  await expect(page.getByTestId("card-panel").getByTestId("comment")).toBeVisible();

  await page.goto(`${mapUrl}/share`);
  await expect(page.getByRole("heading", { name: "Share Shared journey outside the workspace" })).toBeVisible();
  await page.getByLabel("Also show the dashboard").check();
  await page.getByRole("button", { name: "Create link" }).click();
  const link = page.getByTestId("share-link");
  await expect(link).toHaveAttribute("data-status", "live");
  const url = await link.getByRole("textbox").inputValue();
  expect(url).toMatch(/\/s\/[A-Za-z0-9_-]{32}$/);

  // Someone outside the workspace, signed out, in a browser of their own.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(url);
  await expect(visitor.getByRole("heading", { name: "Shared journey", level: 1 })).toBeVisible();
  await expect(visitor.getByText("Pricing page").first()).toBeVisible();
  await expect(visitor.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(visitor.getByText("Internal: ask finance first")).toHaveCount(0);
  await expect(visitor.getByText("Anna Owner")).toHaveCount(0);
  await expect(visitor.getByRole("button", { name: /Edit|Delete|Add/ })).toHaveCount(0);

  // The owner sees the view counted, then turns the link off; the visitor's next visit fails.
  await page.reload();
  await expect(link).toContainText("opened once");
  await link.getByRole("button", { name: "Turn off" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Turn off" }).click();
  await expect(link).toHaveAttribute("data-status", "revoked");
  await visitor.reload();
  await expect(visitor.getByRole("heading", { name: "This link does not work" })).toBeVisible();
  await expect(visitor.getByText("Pricing page")).toHaveCount(0);

  // A link with a password: the visitor must give it first.
  await page.getByLabel("Password (optional)").fill("journey-secret");
  await page.getByRole("button", { name: "Create link" }).click();
  const protectedLink = page.getByTestId("share-link").filter({ has: page.getByRole("textbox") });
  await expect(protectedLink).toContainText("password");
  const protectedUrl = await protectedLink.getByRole("textbox").inputValue();
  await visitor.goto(protectedUrl);
  await expect(visitor.getByRole("heading", { name: "This map is protected" })).toBeVisible();
  await visitor.getByLabel("Password").fill("not-the-one");
  await visitor.getByRole("button", { name: "Open the map" }).click();
  await expect(visitor.getByText("That password is not right.")).toBeVisible();
  await visitor.getByLabel("Password").fill("journey-secret");
  await visitor.getByRole("button", { name: "Open the map" }).click();
  await expect(visitor.getByRole("heading", { name: "Shared journey", level: 1 })).toBeVisible();
  await expect(visitor.getByRole("heading", { name: "Dashboard" })).toHaveCount(0);
  await visitor.screenshot({ path: "test-results/shared-map.png", fullPage: true });

  // The audit log records making, using and turning off.
  await page.goto(`/w/${slug}/audit`);
  await expect(page.getByText("made a read-only share link to the map “Shared journey”").first()).toBeVisible();
  await expect(page.getByText("turned off a share link to the map “Shared journey”")).toBeVisible();
  await expect(page.getByText(/opened a share link to the map “Shared journey”/).first()).toBeVisible();
  await visitorContext.close();
});
