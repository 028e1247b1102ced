import { getCurrentUserId } from "@/lib/auth/session";
import { reviewPdfResponse } from "@/lib/pdf/review-pdf";
import { requestLocale } from "@/lib/pdf/request-locale";

// The PDF is laid out with react-pdf, which needs Node's APIs.
export const runtime = "nodejs";

/** A map's quarterly review as a PDF (?quarter=2026-Q3; by default the quarter the review page opens on). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; mapId: string }> }) {
  const { slug, mapId } = await params;
  return reviewPdfResponse({ request, userId: await getCurrentUserId(), slug, mapId, locale: await requestLocale() });
}
