import "server-only";
import QRCode from "qrcode";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { errorResponse } from "@/lib/api/error-response";
import { authorizeResource } from "../authorize-resource";
import { getFeedbackFormOrThrow } from "./get-feedback-form";
import { publicFormPath } from "./schemas";

const ZQrFormat = z.enum(["svg", "png"]).default("svg");

/** The QR code of a form's public link, as an SVG string or a PNG large enough to print. */
export async function renderFeedbackFormQr(url: string, format: "svg" | "png"): Promise<{ body: string | Uint8Array; contentType: string }> {
  if (format === "svg") {
    return { body: await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 }), contentType: "image/svg+xml" };
  }
  const png = await QRCode.toBuffer(url, { type: "png", errorCorrectionLevel: "M", margin: 2, width: 1024 });
  return { body: new Uint8Array(png), contentType: "image/png" };
}

/**
 * GET /api/feedback-forms/{formId}/qr?format=svg|png for a signed-in member with
 * evidence.read: the form's workspace decides, the download carries the current link.
 */
export async function feedbackFormQrResponse(args: { request: Request; userId: string | null; formId: string; baseUrl: string }): Promise<Response> {
  try {
    const ctx = await authorizeResource({ userId: args.userId, resource: { formId: args.formId }, permission: "evidence.read" });
    const parsed = ZQrFormat.safeParse(new URL(args.request.url).searchParams.get("format") ?? undefined);
    if (!parsed.success) throw new AppError("INVALID_INPUT", "INVALID_FORMAT", { format: ["INVALID_FORMAT"] });
    const form = await getFeedbackFormOrThrow({ workspaceId: ctx.workspaceId, formId: args.formId });
    const url = new URL(publicFormPath(form.publicToken), args.baseUrl).toString();
    const qr = await renderFeedbackFormQr(url, parsed.data);
    return new Response(qr.body as BodyInit, {
      headers: {
        "Content-Type": qr.contentType,
        "Content-Disposition": `attachment; filename="feedback-qr-${form.id.slice(0, 8)}.${parsed.data}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
