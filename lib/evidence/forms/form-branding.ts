import "server-only";
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { type DbOrTx, getDb } from "@/db/client";
import { workspaceFormLogos, workspaces } from "@/db/schema";
import { workspaceOperation } from "@/lib/actions/workspace-operation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors/app-error";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { accentForeground } from "./accent-color";
import { FORM_LOGO_MAX_BYTES, sniffLogoType } from "./logo-image";
import { ZFormBrandingInput, ZFormLogoInput, ZRemoveFormLogoInput } from "./schemas";

export type FormBranding = {
  workspaceName: string;
  /** What respondents see: the display name, or the workspace's name when none is set. */
  brandName: string;
  displayName: string | null;
  accentColor: string | null;
  /** Text colour on the accent (white or black, whichever reads better); null without an accent. */
  accentForeground: string | null;
  locale: Locale;
  /** The logo's version (its sha256), for URLs that change when it does; null: no logo. */
  logoVersion: string | null;
};

/** The public forms' look and language for one workspace; never reads the logo's bytes. */
export async function loadFormBranding(workspaceId: string, db: DbOrTx = getDb()): Promise<FormBranding> {
  const [row] = await db
    .select({
      name: workspaces.name,
      locale: workspaces.locale,
      displayName: workspaces.formDisplayName,
      accentColor: workspaces.formAccentColor,
      logoVersion: workspaceFormLogos.sha256,
    })
    .from(workspaces)
    .leftJoin(workspaceFormLogos, eq(workspaceFormLogos.workspaceId, workspaces.id))
    .where(eq(workspaces.id, workspaceId))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "WORKSPACE_NOT_FOUND");
  return toBranding(row);
}

export function toBranding(row: { name: string; locale: string; displayName: string | null; accentColor: string | null; logoVersion: string | null }): FormBranding {
  return {
    workspaceName: row.name,
    brandName: row.displayName ?? row.name,
    displayName: row.displayName,
    accentColor: row.accentColor,
    accentForeground: row.accentColor ? accentForeground(row.accentColor) : null,
    locale: isLocale(row.locale) ? row.locale : DEFAULT_LOCALE,
    logoVersion: row.logoVersion,
  };
}

/** Admins set the name respondents see and the accent colour of every public form. */
export const updateFormBranding = workspaceOperation({
  permission: "workspace.update",
  input: ZFormBrandingInput,
  handler: (ctx, input) =>
    getDb().transaction(async (tx) => {
      const [before] = await tx
        .select({ displayName: workspaces.formDisplayName, accentColor: workspaces.formAccentColor })
        .from(workspaces)
        .where(eq(workspaces.id, ctx.workspaceId))
        .for("update");
      if (before!.displayName === input.displayName && before!.accentColor === input.accentColor) return { ...input, changed: false };
      await tx.update(workspaces).set({ formDisplayName: input.displayName, formAccentColor: input.accentColor }).where(eq(workspaces.id, ctx.workspaceId));
      await recordAuditEvent(tx, {
        workspaceId: ctx.workspaceId,
        actorId: ctx.userId,
        action: "workspace.form_branding_changed",
        details: { name: input.displayName ?? "—", to: input.accentColor ?? "—" },
      });
      return { ...input, changed: true };
    }),
});

/**
 * Replaces the forms' logo. The bytes must be a PNG, JPEG or WebP by their signature
 * (whatever the name or declared type says) and at most FORM_LOGO_MAX_BYTES; the type
 * served later is the one found here, never the uploader's.
 */
export const uploadFormLogo = workspaceOperation({
  permission: "workspace.update",
  input: ZFormLogoInput,
  handler: async (ctx, input) => {
    const bytes = new Uint8Array(await input.logo.arrayBuffer());
    if (bytes.byteLength > FORM_LOGO_MAX_BYTES) throw new AppError("INVALID_INPUT", "LOGO_TOO_LARGE", { logo: ["LOGO_TOO_LARGE"] });
    const contentType = sniffLogoType(bytes);
    if (!contentType) throw new AppError("INVALID_INPUT", "LOGO_TYPE", { logo: ["LOGO_TYPE"] });
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    return getDb().transaction(async (tx) => {
      const values = { contentType, data: bytes, sha256, updatedAt: new Date() };
      await tx.insert(workspaceFormLogos).values({ workspaceId: ctx.workspaceId, ...values }).onConflictDoUpdate({ target: workspaceFormLogos.workspaceId, set: values });
      await recordAuditEvent(tx, {
        workspaceId: ctx.workspaceId,
        actorId: ctx.userId,
        action: "workspace.form_logo_changed",
        details: { to: `${contentType}, ${Math.ceil(bytes.byteLength / 1024)} KB` },
      });
      return { logoVersion: sha256 };
    });
  },
});

export const removeFormLogo = workspaceOperation({
  permission: "workspace.update",
  input: ZRemoveFormLogoInput,
  handler: (ctx) =>
    getDb().transaction(async (tx) => {
      const removed = await tx.delete(workspaceFormLogos).where(eq(workspaceFormLogos.workspaceId, ctx.workspaceId)).returning({ id: workspaceFormLogos.workspaceId });
      if (removed.length > 0) await recordAuditEvent(tx, { workspaceId: ctx.workspaceId, actorId: ctx.userId, action: "workspace.form_logo_removed" });
      return { removed: removed.length > 0 };
    }),
});

