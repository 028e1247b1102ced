import { getCurrentUserId } from "@/lib/auth/session";
import { dashboardPdfResponse } from "@/lib/pdf/dashboard-pdf";
import { requestLocale } from "@/lib/pdf/request-locale";

// The PDF is laid out with react-pdf, which needs Node's APIs.
export const runtime = "nodejs";

/** A map's dashboard as a PDF (?channel=&quarter=&from=&to=&by=). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; mapId: string }> }) {
  const { slug, mapId } = await params;
  return dashboardPdfResponse({ request, userId: await getCurrentUserId(), slug, mapId, locale: await requestLocale() });
}
