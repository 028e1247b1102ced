import { getCurrentUserId } from "@/lib/auth/session";
import { dashboardCsvResponse } from "@/lib/dashboards/dashboard-csv";

/** One table of the workspace dashboard as CSV (?table=…&map=&persona=&channel=&quarter=&from=&to=&by=). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return dashboardCsvResponse({ request, userId: await getCurrentUserId(), slug: (await params).slug });
}
