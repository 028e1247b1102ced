import { getCurrentUserId } from "@/lib/auth/session";
import { workspaceExportResponse } from "@/lib/workspaces/export-workspace";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return workspaceExportResponse({ userId: await getCurrentUserId(), slug: (await params).slug });
}
