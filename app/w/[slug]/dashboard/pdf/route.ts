import { getCurrentUserId } from "@/lib/auth/session";
import { dashboardPdfResponse } from "@/lib/pdf/dashboard-pdf";
import { requestLocale } from "@/lib/pdf/request-locale";

// The PDF is laid out with react-pdf, which needs Node's APIs.
export const runtime = "nodejs";

/** The workspace dashboard as a PDF (?map=&persona=&channel=&quarter=&from=&to=&by=). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return dashboardPdfResponse({ request, userId: await getCurrentUserId(), slug: (await params).slug, locale: await requestLocale() });
}
