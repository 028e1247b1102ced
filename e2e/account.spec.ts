import { expect, test } from "@playwright/test";
import { inviteAndJoin, PASSWORD, signIn, signOut, signUp, slugOf, uniqueEmail } from "./helpers";
import { linkFromMail } from "./mail";

const NEW_PASSWORD = "a much better secret";

test("forgot password: the mailed link sets a new password once; then the profile speaks Dutch", async ({ page }) => {
  const email = uniqueEmail("forgetful");
  await signUp(page, { name: "Forgetful Fred", email });
  await expect(page).toHaveURL(/\/w\//);
  await signOut(page);

  await page.getByRole("link", { name: "Forgot your password?" }).click();
  // The first page of the run, on a cold server: let it hydrate before the form is sent.
  await page.waitForLoadState("networkidle");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status")).toContainText("If an account exists for this address");

  const link = await linkFromMail(email, /http:\/\/\S+\/reset-password\/\S+/);
  await page.goto(link);
  await page.getByLabel("New password").fill("short");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("Use at least 10 characters")).toBeVisible();
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?reset=1/);
  await expect(page.getByRole("status")).toContainText("Your password has been changed");
  await expect(page.getByLabel("E-mail address")).toHaveValue(email);

  await page.goto(link);
  await expect(page.getByText("This link has expired or has already been used.")).toBeVisible();

  await signIn(page, email, PASSWORD);
  await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toContainText("not correct");
  await signIn(page, email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/w\//);

  await page.getByTestId("user-menu").click();
  await page.getByRole("menuitem", { name: "Profile" }).click();
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill("Frederik de Vries");
  // The swatch is what a user clicks; the radio inside it is visually hidden.
  await page.locator("label", { has: page.getByLabel("Colour 3") }).click();
  await expect(page.getByLabel("Colour 3")).toBeChecked();
  await page.getByLabel("Language").selectOption("nl");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("heading", { name: "Je profiel" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Naam", { exact: true })).toHaveValue("Frederik de Vries");
  await expect(page.getByLabel("Kleur 3").or(page.getByLabel("Colour 3"))).toBeChecked();
});

test("an e-mail change waits for the link at the new address; the last owner cannot delete their account until ownership is handed over", async ({ page, browser }) => {
  const email = uniqueEmail("mover");
  await signUp(page, { name: "Mover Mia", email });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);

  await page.goto("/account/profile");
  const newEmail = uniqueEmail("mia-new");
  await page.getByLabel("New e-mail address").fill(newEmail);
  await page.getByLabel("Current password").first().fill("not my password");
  await page.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(page.getByText("That is not your current password.")).toBeVisible();
  await expect(page.getByLabel("New e-mail address")).toHaveValue(newEmail);
  await page.getByLabel("Current password").first().fill(PASSWORD);
  await page.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "We sent a link" })).toContainText(newEmail);

  const confirm = await linkFromMail(newEmail, /http:\/\/\S+\/account\/confirm-email\/\S+/);
  await page.goto(confirm);
  await page.getByRole("button", { name: "Confirm address" }).click();
  await expect(page.getByRole("status")).toContainText(`you now sign in with ${newEmail}`);

  // Deleting is refused while Mia is the workspace's only owner; the way out is named.
  await page.goto("/account/profile");
  await expect(page.getByText("You are the only owner of these workspaces")).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete my account" })).toHaveCount(0);

  const editor = await inviteAndJoin(page, browser, slug, "editor", "Eddie Editor");
  await page.goto(`/w/${slug}/settings`);
  await page.getByLabel("New owner").selectOption({ label: `Eddie Editor (${editor.email})` });
  await page.getByRole("button", { name: "Make owner and step down" }).click();
  await expect(page.getByText("Ownership handed over")).toBeVisible();

  await page.goto("/account/profile");
  await page.getByLabel(`Type ${newEmail} to confirm`).fill("someone@else.test");
  await page.getByLabel("Current password").last().fill(PASSWORD);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("Type your e-mail address exactly as shown.")).toBeVisible();
  await page.getByLabel(`Type ${newEmail} to confirm`).fill(newEmail);
  await page.getByLabel("Current password").last().fill(PASSWORD);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/sign-in\?deleted=1/);
  await expect(page.getByRole("status")).toContainText("Your account has been deleted.");
  await signIn(page, newEmail, PASSWORD);
  await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toContainText("not correct");

  // The new owner sees it in the audit log.
  await editor.page.goto(`/w/${slug}/audit`);
  await expect(editor.page.getByTestId("audit-event").first()).toContainText("deleted their account");
  await editor.context.close();
});

test("without a mail of their own, a member gets a reset link from an admin; an owner deletes the workspace by typing its name", async ({ page, browser }) => {
  await signUp(page, { name: "Owner Olga", email: uniqueEmail("olga") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  const editor = await inviteAndJoin(page, browser, slug, "editor", "Forgetful Finn");

  await page.goto(`/w/${slug}/members`);
  await page.getByRole("button", { name: "Password-reset link for Forgetful Finn" }).click();
  const link = await page.getByLabel("Reset link", { exact: true }).inputValue();
  expect(link).toMatch(/\/reset-password\//);
  await page.getByRole("button", { name: "Close" }).click();

  await editor.page.goto(link);
  await editor.page.getByLabel("New password").fill(NEW_PASSWORD);
  await editor.page.getByRole("button", { name: "Set new password" }).click();
  await expect(editor.page).toHaveURL(/\/sign-in\?reset=1/);
  await signIn(editor.page, editor.email, NEW_PASSWORD);
  await expect(editor.page).toHaveURL(new RegExp(`/w/${slug}`));

  await page.goto(`/w/${slug}/settings`);
  // Before deleting it, the owner takes everything along.
  await page.getByRole("button", { name: "Prepare the archive" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download (.zip)" }).click();
  const zip = await download;
  expect(zip.suggestedFilename()).toMatch(new RegExp(`^workspace-${slug}-\\d{4}-\\d{2}-\\d{2}\\.zip$`));
  const bytes = (await import("node:fs")).readFileSync(await zip.path());
  expect(bytes.subarray(0, 2).toString()).toBe("PK");

  const name = await page.getByLabel("Workspace name").inputValue();
  await page.getByLabel(`Type “${name}” to confirm`).fill("something else");
  await page.getByRole("button", { name: "Delete this workspace" }).click();
  await expect(page.getByText("Type the workspace’s name exactly as shown.")).toBeVisible();
  await page.getByLabel(`Type “${name}” to confirm`).fill(name);
  await page.getByRole("button", { name: "Delete this workspace" }).click();
  await expect(page).toHaveURL(/\/w\/new/);
  await editor.page.goto(`/w/${slug}`);
  await expect(editor.page.getByText(/does not exist|no access/)).toBeVisible();
  await editor.context.close();
});
