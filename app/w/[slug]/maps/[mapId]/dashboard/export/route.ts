import { getCurrentUserId } from "@/lib/auth/session";
import { dashboardCsvResponse } from "@/lib/dashboards/dashboard-csv";

/** One table of a map's dashboard as CSV (?table=…&channel=&quarter=&from=&to=&by=). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; mapId: string }> }) {
  const { slug, mapId } = await params;
  return dashboardCsvResponse({ request, userId: await getCurrentUserId(), slug, mapId });
}
