import { expect, test } from "@playwright/test";
import { PASSWORD, signIn, signOut, signUp, slugOf, uniqueEmail } from "./helpers";

test("sign up lands in a first workspace; sign out and in again", async ({ page }) => {
  const email = uniqueEmail("ada");
  await signUp(page, { name: "Ada Lovelace", email });
  await expect(page).toHaveURL(/\/w\/ada-s-workspace/);
  await expect(page.getByTestId("workspace-switcher")).toContainText("Ada's workspace");
  const slug = slugOf(page);

  await signOut(page);
  await page.goto(`/w/${slug}/members`);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);

  await signIn(page, email);
  await expect(page).toHaveURL(new RegExp(`/w/${slug}`));
});

test("sign-in errors do not reveal whether an e-mail exists; bad input is explained", async ({ page }) => {
  const email = uniqueEmail("grace");
  await signUp(page, { name: "Grace", email });
  await signOut(page);

  await signIn(page, email, "wrong password!");
  const formError = page.getByRole("alert").filter({ hasText: /\w/ });
  const wrongPassword = await formError.textContent();
  const nobody = uniqueEmail("nobody");
  await signIn(page, nobody, PASSWORD);
  const unknownEmail = await formError.textContent();
  expect(wrongPassword).toBe(unknownEmail);
  expect(wrongPassword).toContain("not correct");
  // What was typed stays, except the password.
  await expect(page.getByLabel("E-mail address")).toHaveValue(nobody);
  await expect(page.getByLabel("Password")).toHaveValue("");

  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("X");
  await page.getByLabel("E-mail address").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid e-mail address")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters")).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue("X");
  await expect(page.getByLabel("E-mail address")).toHaveValue("not-an-email");
  await expect(page.getByLabel("Password")).toHaveValue("");
});

test("the interface speaks Dutch when chosen, and remembers it", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Language").selectOption("nl");
  await expect(page.getByRole("button", { name: "Inloggen" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("button", { name: "Inloggen" })).toBeVisible();
  await page.getByLabel("Taal").selectOption("en");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
});
