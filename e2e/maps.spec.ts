import { expect, test } from "@playwright/test";
import { cardWithText, createMap, signUp, slugOf, uniqueEmail } from "./helpers";

test("personas and maps: create, search, rename, duplicate, archive, restore, delete", async ({ page }) => {
  await signUp(page, { name: "Mia Mapper", email: uniqueEmail("mia") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);

  // A persona the map is made for.
  await page.getByRole("link", { name: "Personas" }).click();
  await page.getByRole("button", { name: "New persona" }).first().click();
  const personaDialog = page.getByRole("dialog");
  await personaDialog.getByLabel("Name").fill("Anna, first-time buyer");
  await personaDialog.getByLabel("Goals").fill("Find a reliable shop quickly");
  await personaDialog.getByRole("button", { name: "Create persona" }).click();
  await expect(page.getByText("Persona created.")).toBeVisible();
  await expect(page.getByText("Anna, first-time buyer")).toBeVisible();

  // A map from the DIY template, for that persona.
  await page.goto(`/w/${slug}`);
  await page.getByRole("button", { name: "New map" }).first().click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill("Store visit");
  await dialog.getByText("DIY store visit", { exact: true }).click();
  await dialog.getByLabel("Persona").selectOption({ label: "Anna, first-time buyer" });
  await dialog.getByRole("button", { name: "Create map" }).click();
  await expect(page).toHaveURL(/\/maps\//);
  await expect(page.getByTestId("map-grid")).toBeVisible();

  // Back in the list: the map shows its persona; search finds it, nonsense finds nothing.
  await page.goto(`/w/${slug}`);
  const card = page.getByTestId("map-card").filter({ hasText: "Store visit" });
  await expect(card).toContainText("Anna, first-time buyer");
  await page.getByLabel("Search maps").fill("zzz-nothing");
  await expect(page.getByText("No maps match")).toBeVisible();
  await page.getByLabel("Search maps").fill("store");
  await expect(card).toBeVisible();

  // Rename, duplicate.
  await page.getByRole("button", { name: "Actions for Store visit" }).click();
  await page.getByRole("menuitem", { name: "Rename" }).click();
  await page.getByRole("dialog").getByLabel("Name").fill("DIY store visit Saturday");
  await page.getByRole("dialog").getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Map renamed.")).toBeVisible();
  await page.getByLabel("Search maps").fill("");
  await page.getByRole("button", { name: "Actions for DIY store visit Saturday" }).click();
  await page.getByRole("menuitem", { name: "Duplicate" }).click();
  await expect(page.getByTestId("map-card").filter({ hasText: "DIY store visit Saturday (copy)" })).toBeVisible();

  // Archive and restore the copy.
  await page.getByRole("button", { name: "Actions for DIY store visit Saturday (copy)" }).click();
  await page.getByRole("menuitem", { name: "Archive" }).click();
  await expect(page.getByTestId("map-card").filter({ hasText: "(copy)" })).toHaveCount(0);
  await page.getByRole("group", { name: "Show" }).getByRole("link", { name: "Archived" }).click();
  await expect(page.getByTestId("map-card").filter({ hasText: "(copy)" })).toBeVisible();
  await page.getByRole("button", { name: "Actions for DIY store visit Saturday (copy)" }).click();
  await page.getByRole("menuitem", { name: "Restore" }).click();
  await expect(page.getByText("Map restored.")).toBeVisible();

  // Delete, with confirmation.
  await page.getByRole("group", { name: "Show" }).getByRole("link", { name: "Active" }).click();
  await page.getByRole("button", { name: "Actions for DIY store visit Saturday (copy)" }).click();
  await page.getByRole("menuitem", { name: "Delete…" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete map" }).click();
  await expect(page.getByText("Map deleted.")).toBeVisible();
  await expect(page.getByTestId("map-card")).toHaveCount(1);
});

test("a map exports as JSON and imports again as a new map; a broken file is refused", async ({ page }) => {
  await signUp(page, { name: "Jo Json", email: uniqueEmail("jo") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  await page.getByRole("button", { name: "New map" }).first().click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill("Exported journey");
  await dialog.getByText("Five phases", { exact: true }).click();
  await dialog.getByRole("button", { name: "Create map" }).click();
  await expect(page).toHaveURL(/\/maps\//);
  const mapUrl = page.url();

  await page.goto(`${mapUrl}/export`);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download JSON" }).click();
  const file = await (await downloading).path();

  await page.goto(`/w/${slug}/maps/import`);
  await page.getByLabel("Map file (JSON)").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{ not json") });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\w/ }).first()).toBeVisible();
  await expect(page).toHaveURL(/\/maps\/import$/);

  await page.getByLabel("Map file (JSON)").setInputFiles(file!);
  await page.getByLabel("Name of the new map").fill("Imported journey");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page).toHaveURL(/\/maps\/[0-9a-f-]{36}$/);
  await expect(cardWithText(page, "Pricing page")).toBeVisible();
  await page.goto(`/w/${slug}`);
  await expect(page.getByTestId("map-card")).toHaveCount(2);
});

test("a new workspace starts from the template gallery; every template opens with every lane it uses filled, in Dutch when made in Dutch", async ({ page }) => {
  await signUp(page, { name: "Tess Templates", email: uniqueEmail("tess") });
  await expect(page).toHaveURL(/\/w\//);
  const slug = slugOf(page);
  await expect(page.getByTestId("template-card")).toHaveCount(7);
  // A card opens "New map" with its template chosen.
  await page.getByTestId("template-card").filter({ hasText: "Support case" }).click();
  await expect(page.getByRole("dialog").getByRole("radio", { name: /^Support case/ })).toBeChecked();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);

  const filled = async () => {
    const rows = page.getByTestId("lane-row");
    await expect(rows.first()).toBeVisible();
    for (const row of await rows.all()) {
      if ((await row.getAttribute("data-lane-kind")) === "emotion") {
        const values = await row.getByTestId("emotion-point").evaluateAll((points) => points.map((p) => p.getAttribute("data-value")));
        expect(values.length).toBeGreaterThan(0);
        expect(values.every((v) => v !== "")).toBe(true);
      } else {
        expect(await row.getByTestId("card").count(), `${await row.getAttribute("data-lane-kind")}`).toBeGreaterThan(0);
      }
    }
  };
  for (const template of ["Five phases", "Online order", "Support case", "B2B onboarding", "DIY store visit", "Customer process"]) {
    await createMap(page, slug, `${template} example`, template);
    await filled();
  }

  // In Dutch: the map's lanes, phases and cards are written in Dutch.
  await page.goto(`/w/${slug}`);
  await page.getByLabel("Language").first().selectOption("nl");
  await expect(page.getByRole("button", { name: "Nieuwe klantreis" })).toBeVisible();
  await page.getByRole("button", { name: "Nieuwe klantreis" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Naam").fill("Bestelling voorbeeld");
  await dialog.getByText("Online bestelling", { exact: true }).click();
  await dialog.getByRole("button", { name: "Klantreis maken" }).click();
  await expect(page).toHaveURL(/\/maps\/[0-9a-f-]{36}$/);
  await filled();
  await expect(page.getByRole("button", { name: "Baan Pijnpunten hernoemen" })).toBeVisible();
});
