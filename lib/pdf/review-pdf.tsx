import "server-only";
import { renderToBuffer } from "@react-pdf/renderer";
import { errorResponse } from "@/lib/api/error-response";
import { dayIn, type Quarter } from "@/lib/dashboards/quarters";
import { AppError } from "@/lib/errors/app-error";
import type { Locale } from "@/lib/i18n/locales";
import { getMapOrThrow } from "@/lib/maps/get-map";
import { ZMapId } from "@/lib/maps/schemas";
import { PAGE_PERMISSIONS } from "@/lib/permissions/page-permissions";
import { loadQuarterlyReview, reviewQuarter } from "@/lib/reviews/load-quarterly-review";
import { ZQuarter } from "@/lib/reviews/schemas";
import { listSnapshots } from "@/lib/snapshots/get-snapshots";
import { authorizeWorkspace, type WorkspaceContext } from "@/lib/workspaces/authorize-workspace";
import { pdfContentDisposition, pdfResponse } from "./pdf-file";
import { pdfI18n } from "./pdf-i18n";
import { ReviewDocument } from "./review-document";

/**
 * A map's quarterly review as a PDF, from the same loaders as the review page. The
 * caller has authorized the workspace; a map of another workspace is MAP_NOT_FOUND.
 */
export async function renderReviewPdf(ctx: WorkspaceContext, args: { mapId: string; quarter: Quarter; locale: Locale; now?: Date }) {
  const now = args.now ?? new Date();
  const map = await getMapOrThrow({ workspaceId: ctx.workspaceId, mapId: args.mapId });
  const [review, snapshots, i18n] = await Promise.all([
    loadQuarterlyReview(ctx, map.id, args.quarter),
    listSnapshots(ctx, map.id),
    pdfI18n(args.locale, ctx.workspace.timeZone),
  ]);
  const pdf = await renderToBuffer(
    ReviewDocument({
      i18n,
      mapName: map.name,
      review,
      snapshotNames: snapshots.filter((s) => s.quarter === review.quarter).map((s) => s.name),
      timeZone: ctx.workspace.timeZone,
      generatedAt: now,
      today: dayIn(now, ctx.workspace.timeZone),
    }),
  );
  return { pdf, disposition: pdfContentDisposition([map.name, review.quarter, "review"], "review") };
}

/**
 * GET /w/<slug>/maps/<mapId>/review/pdf?quarter=2026-Q3 — the review of a quarter (by
 * default the one the review page opens on) as a PDF download, for whoever may open the
 * review page. Another workspace's map is NOT_FOUND; a malformed quarter is refused.
 */
export async function reviewPdfResponse(args: { request: Request; userId: string | null; slug: string; mapId: string; locale: Locale }): Promise<Response> {
  try {
    const ctx = await authorizeWorkspace({ userId: args.userId, workspace: { slug: args.slug }, permission: PAGE_PERMISSIONS.mapReview });
    const mapId = ZMapId.safeParse(args.mapId);
    if (!mapId.success) throw new AppError("NOT_FOUND", "MAP_NOT_FOUND");
    const asked = new URL(args.request.url).searchParams.get("quarter");
    const quarter = asked === null || asked === "" ? null : ZQuarter.safeParse(asked);
    if (quarter && !quarter.success) throw new AppError("INVALID_INPUT", "INVALID_QUARTER", { quarter: ["INVALID_QUARTER"] });
    const { pdf, disposition } = await renderReviewPdf(ctx, {
      mapId: mapId.data,
      quarter: reviewQuarter(quarter?.data, ctx.workspace.timeZone),
      locale: args.locale,
    });
    return pdfResponse(pdf, disposition);
  } catch (error) {
    return errorResponse(error);
  }
}
