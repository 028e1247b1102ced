import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { feedbackForms, workspaceFormLogos } from "@/db/schema";
import { errorResponse } from "@/lib/api/error-response";
import { AppError } from "@/lib/errors/app-error";
import { authorizeWorkspace } from "@/lib/workspaces/authorize-workspace";
import { isPublicTokenShape } from "./public-token";

/** URL of the logo on a public form; `v` changes with the image, so caches never show an old one. */
export const publicFormLogoPath = (token: string, version: string) => `/f/${token}/logo?v=${version.slice(0, 16)}`;
/** URL of the logo preview in Settings. */
export const settingsFormLogoPath = (slug: string, version: string) => `/w/${slug}/settings/form-logo?v=${version.slice(0, 16)}`;

async function logoOf(workspaceId: string) {
  const [logo] = await getDb().select().from(workspaceFormLogos).where(eq(workspaceFormLogos.workspaceId, workspaceId)).limit(1);
  return logo ?? null;
}

/**
 * The image as stored, with the type found when it was uploaded. `nosniff` and a sandboxing
 * CSP so a browser never treats it as anything but that image, even opened on its own.
 */
function imageResponse(request: Request, logo: NonNullable<Awaited<ReturnType<typeof logoOf>>>, cacheControl: string): Response {
  const etag = `"${logo.sha256}"`;
  const headers: Record<string, string> = {
    "Content-Type": logo.contentType,
    "Cache-Control": cacheControl,
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Content-Disposition": "inline",
    "Cross-Origin-Resource-Policy": "same-origin",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(logo.data as BodyInit, { headers: { ...headers, "Content-Length": String(logo.data.byteLength) } });
}

/**
 * GET /f/{token}/logo: the logo of the workspace whose form `token` opens. Public like the
 * form itself, and reachable only through a valid form link, so logos cannot be listed.
 * Cacheable for a day: its URL carries the image's version.
 */
export async function publicFormLogoResponse(args: { request: Request; token: string }): Promise<Response> {
  try {
    if (!isPublicTokenShape(args.token)) throw new AppError("NOT_FOUND");
    const [form] = await getDb().select({ workspaceId: feedbackForms.workspaceId }).from(feedbackForms).where(eq(feedbackForms.publicToken, args.token)).limit(1);
    const logo = form ? await logoOf(form.workspaceId) : null;
    if (!logo) throw new AppError("NOT_FOUND");
    return imageResponse(args.request, logo, "public, max-age=86400");
  } catch (error) {
    return errorResponse(error);
  }
}

/** GET /w/{slug}/settings/form-logo: the same image for the admins who manage it (Settings preview). */
export async function settingsFormLogoResponse(args: { request: Request; userId: string | null; slug: string }): Promise<Response> {
  try {
    const ctx = await authorizeWorkspace({ userId: args.userId, workspace: { slug: args.slug }, permission: "workspace.update" });
    const logo = await logoOf(ctx.workspaceId);
    if (!logo) throw new AppError("NOT_FOUND");
    return imageResponse(args.request, logo, "private, no-cache");
  } catch (error) {
    return errorResponse(error);
  }
}
