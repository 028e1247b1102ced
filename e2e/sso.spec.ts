import { type Browser, expect, type Page, test } from "@playwright/test";
import { PASSWORD, signIn, signUp, slugOf, uniqueEmail } from "./helpers";
import { startOidcProvider } from "./oidc-server";

let provider: Awaited<ReturnType<typeof startOidcProvider>>;
test.beforeAll(async ({}, testInfo) => {
  provider = await startOidcProvider(String(testInfo.project.use.baseURL));
});
test.afterAll(async () => provider?.close());

/** Signs in through the test provider's own login and consent pages in a fresh browser. */
async function signInWithSso(browser: Browser, login: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  // The provider's pages load a web font; there is no internet here.
  await context.route("https://fonts.googleapis.com/**", (route) => route.abort());
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Continue with Test SSO" }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  return { page, close: () => context.close() };
}

test("single sign-on: a domain rule lets an SSO user in; SSO is then required and passwords are refused", async ({ page, browser }) => {
  const ownerEmail = uniqueEmail("sso-owner");
  await signUp(page, { name: "Owner Oscar", email: ownerEmail });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  const domain = `sso-${Date.now()}.test`;

  await page.goto(`/w/${slug}/settings`);
  await expect(page.getByText("This Journeyboard signs in through Test SSO.")).toBeVisible();
  await page.getByLabel("E-mail domain").fill(`@${domain}`);
  await page.getByLabel("Joins as").selectOption("editor");
  await page.getByRole("button", { name: "Add rule" }).click();
  await expect(page.getByText(`People at @${domain} join as Editor`)).toBeVisible();

  // A colleague with an address at that domain signs in through the provider and lands in the workspace.
  const carol = await signInWithSso(browser, `carol@${domain}`);
  await expect(carol.page).toHaveURL(new RegExp(`/w/${slug}$`));
  await page.goto(`/w/${slug}/members`);
  await expect(page.getByTestId(`member-carol@${domain}`)).toContainText("Editor");

  // The owner signed in with a password, so cannot require SSO (and lock themselves out).
  await page.goto(`/w/${slug}/settings`);
  // click, not check: the box springs back as soon as the server refuses.
  await page.getByLabel(/Members must sign in through single sign-on/).click();
  await expect(page.getByText("Sign in through single sign-on yourself before requiring it")).toBeVisible();
  await expect(page.getByLabel(/Members must sign in through single sign-on/)).not.toBeChecked();

  // Carol, made an admin, signed in through SSO, turns it on.
  await page.goto(`/w/${slug}/members`);
  await page.getByLabel("Role of carol").selectOption("admin");
  await expect(page.getByText("Role changed.")).toBeVisible();
  await carol.page.goto(`/w/${slug}/settings`);
  await carol.page.getByLabel(/Members must sign in through single sign-on/).check();
  await expect(carol.page.getByText("Single sign-on is now required.")).toBeVisible();

  // The owner's password session ended when SSO became required; the password opens nothing now.
  await page.reload();
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, ownerEmail, PASSWORD);
  await expect(page.getByText("Your workspace signs in through single sign-on.")).toBeVisible();
  await carol.close();

  // An address the provider has not verified is not trusted with an account.
  const unverified = await signInWithSso(browser, `unverified-dan@${domain}`);
  await expect(unverified.page).toHaveURL(/\/sign-in\?error=AccessDenied/);
  await expect(unverified.page.getByText("Single sign-on did not confirm your e-mail address")).toBeVisible();
  await unverified.close();
});
