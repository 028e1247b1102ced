import { expect, type Page, test } from "@playwright/test";
import { cardAction, cardWithText, createMap, inviteAndJoin, signUp, slugOf, uniqueEmail } from "./helpers";

const openCard = async (page: Page, text: string) => {
  await cardAction(page, text, "Details and comments");
  return page.getByTestId("card-panel");
};

test("comments reach everyone on the map live, under the writer's own name, and follow the role table", async ({ page, browser }) => {
  await signUp(page, { name: "Anna Owner", email: uniqueEmail("anna-comments") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  const bob = await inviteAndJoin(page, browser, slug, "editor", "Bob Editor");
  const vera = await inviteAndJoin(page, browser, slug, "viewer", "Vera Viewer");
  const mapUrl = await createMap(page, slug, "Commented journey", "Five phases");
  await bob.page.goto(mapUrl);
  await vera.page.goto(mapUrl);

  const bobPanel = await openCard(bob.page, "Pricing page");
  const veraPanel = await openCard(vera.page, "Pricing page");
  await expect(veraPanel.getByRole("region", { name: "Comments" }).getByText("No comments yet.")).toBeVisible();
  // Viewers read; the role table gives them no comment box.
  await expect(veraPanel.getByRole("combobox", { name: "New comment" })).toHaveCount(0);
  await expect(veraPanel.getByText("Viewers read comments; editors, admins and owners write them.")).toBeVisible();

  // Bob mentions Anna; everyone sees it at once, under Bob's name.
  const box = bobPanel.getByRole("combobox", { name: "New comment" });
  await box.fill("Prices look hidden, ");
  await box.pressSequentially("@Ann");
  await bob.page.keyboard.press("Enter");
  await box.pressSequentially("can you check?");
  await bobPanel.getByRole("button", { name: "Comment", exact: true }).click();
  for (const panel of [bobPanel, veraPanel]) {
    const comment = panel.getByTestId("comment");
    await expect(comment).toContainText("Bob Editor");
    await expect(comment.locator("mark")).toHaveText("@Anna Owner");
  }
  await expect(cardWithText(page, "Pricing page")).toContainText("1 comment");

  // Bob edits his own comment; Anna, the owner, may delete it but not edit it.
  await bobPanel.getByRole("button", { name: "Actions for the comment by Bob Editor" }).click();
  await bob.page.getByRole("menuitem", { name: "Edit" }).click();
  await bobPanel.getByRole("combobox", { name: "Edit comment" }).fill("Prices are hidden until checkout.");
  await bobPanel.getByRole("button", { name: "Save" }).click();
  await expect(veraPanel.getByTestId("comment")).toContainText("Prices are hidden until checkout.");
  await expect(veraPanel.getByTestId("comment")).toContainText("(edited)");

  const annaPanel = await openCard(page, "Pricing page");
  await annaPanel.getByRole("button", { name: "Resolve" }).click();
  await expect(veraPanel.getByTestId("comment")).toHaveAttribute("data-resolved", "true");
  await annaPanel.getByRole("button", { name: "Actions for the comment by Bob Editor" }).click();
  await expect(page.getByRole("menuitem", { name: "Edit" })).toHaveCount(0);
  await page.getByRole("menuitem", { name: "Delete" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
  await expect(veraPanel.getByTestId("comment")).toHaveCount(0);
  await expect(bobPanel.getByRole("region", { name: "Comments" }).getByText("No comments yet.")).toBeVisible();

  // What is stored survives a reload.
  await bobPanel.getByRole("combobox", { name: "New comment" }).fill("Stays after a reload");
  await bob.page.keyboard.press("Control+Enter");
  await expect(veraPanel.getByTestId("comment")).toContainText("Stays after a reload");
  await vera.page.reload();
  const reloaded = await openCard(vera.page, "Pricing page");
  await expect(reloaded.getByTestId("comment")).toContainText("Stays after a reload");
  await bob.context.close();
  await vera.context.close();
});
