import { expect, test } from "@playwright/test";
import { createMap, PASSWORD, signIn, signOut, signUp, slugOf, uniqueEmail } from "./helpers";

test("a cookie copied before sign-out opens nothing afterwards; sessions are listed and end everywhere", async ({ browser, page }) => {
  const email = uniqueEmail("sessions");
  await signUp(page, { name: "Sam Session", email });
  await expect(page).toHaveURL(/\/w\/[^/]+$/);
  const slug = slugOf(page);
  // The server action that creates the map is recorded, to be replayed with the copied cookie.
  const actions: Array<{ url: string; headers: Record<string, string>; body: Buffer | null }> = [];
  page.on("request", (request) => {
    const headers = request.headers();
    if (request.method() === "POST" && headers["next-action"]) actions.push({ url: request.url(), headers, body: request.postDataBuffer() });
  });
  const mapUrl = await createMap(page, slug, "Session map");
  const mapId = mapUrl.split("/").pop()!;
  const copied = await page.context().cookies();
  const createMapAction = actions[0]!;

  // An unknown map, or a malformed id, answers a real 404 status, not a streamed 200.
  for (const id of ["6f1d3c9e-3b0a-4c55-9d3e-2a1b0c9d8e7f", "not-a-map"]) {
    const missing = await page.goto(`/w/${slug}/maps/${id}`);
    expect(missing!.status(), id).toBe(404);
  }
  await page.goto(mapUrl);

  // A second browser of the same user sees both sessions.
  const laptop = await browser.newContext();
  const laptopPage = await laptop.newPage();
  await signIn(laptopPage, email);
  await expect(laptopPage).toHaveURL(/\/w\//);
  await laptopPage.goto("/account/sessions");
  await expect(laptopPage.getByRole("heading", { name: "Signed-in sessions" })).toBeVisible();
  await expect(laptopPage.getByTestId("session-row")).toHaveCount(2);
  await expect(laptopPage.getByText("This browser")).toHaveCount(1);

  await signOut(page);

  // The copied cookie, replayed in a fresh context: pages, route handlers and the ticket route refuse it.
  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const thiefPage = await thief.newPage();
  await thiefPage.goto(`/w/${slug}`);
  await expect(thiefPage).toHaveURL(/\/sign-in/);
  expect((await thief.request.get(`/api/maps/${mapId}/collab-token`)).status()).toBe(401);
  expect((await thief.request.get(`/api/maps/${mapId}/feedback-export`)).status()).toBe(401);
  const { cookie: _cookie, "content-length": _length, ...actionHeaders } = createMapAction.headers;
  await thief.request.post(createMapAction.url, { headers: actionHeaders, data: createMapAction.body ?? undefined, maxRedirects: 0 });
  await thief.close();

  // The other browser still works (and the replayed action made no second map), then signs out everywhere, itself included.
  await laptopPage.goto(`/w/${slug}`);
  await expect(laptopPage.getByTestId("map-card").filter({ hasText: "Session map" })).toHaveCount(1);
  await laptopPage.goto("/account/sessions");
  await expect(laptopPage.getByTestId("session-row")).toHaveCount(1);
  const laptopCookies = await laptop.cookies();
  await laptopPage.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptopPage).toHaveURL(/\/sign-in/);
  const replay = await browser.newContext();
  await replay.addCookies(laptopCookies);
  expect((await replay.request.get(`/api/maps/${mapId}/collab-token`)).status()).toBe(401);
  await replay.close();
  await laptop.close();
});

test("a password change signs out every other browser, its copied cookie and its open map included", async ({ browser, page }) => {
  const email = uniqueEmail("password");
  await signUp(page, { name: "Pat Password", email });
  await expect(page).toHaveURL(/\/w\/[^/]+$/);
  const slug = slugOf(page);
  const mapUrl = await createMap(page, slug, "Password map");
  const mapId = mapUrl.split("/").pop()!;

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email);
  await expect(otherPage).toHaveURL(/\/w\//);
  await otherPage.goto(mapUrl);
  await expect(otherPage.getByTestId("connection-status")).toHaveAttribute("data-state", "saved");
  const copied = await other.cookies();

  await page.getByTestId("user-menu").click();
  await page.getByRole("menuitem", { name: "Change password" }).click();
  await expect(page.getByRole("heading", { name: "Change password" })).toBeVisible();
  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password").fill("a brand new password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That is not your current password.")).toBeVisible();
  // Passwords are never sent back to the form: both are typed again.
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password").fill("a brand new password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 other browser was signed out." })).toBeVisible();

  // The other browser's open map stops, and its cookie opens nothing any more.
  await expect(otherPage.getByText(/signed out/i).first()).toBeVisible({ timeout: 15_000 });
  const replay = await browser.newContext();
  await replay.addCookies(copied);
  expect((await replay.request.get(`/api/maps/${mapId}/collab-token`)).status()).toBe(401);
  const replayPage = await replay.newPage();
  await replayPage.goto(`/w/${slug}`);
  await expect(replayPage).toHaveURL(/\/sign-in/);
  await replay.close();
  await other.close();

  // This browser stays signed in, and the new password is the one that works.
  await page.goto(`/w/${slug}`);
  await expect(page).toHaveURL(new RegExp(`/w/${slug}$`));
  const fresh = await browser.newContext();
  const freshPage = await fresh.newPage();
  await signIn(freshPage, email, "a brand new password");
  await expect(freshPage).toHaveURL(/\/w\//);
  await fresh.close();
});
