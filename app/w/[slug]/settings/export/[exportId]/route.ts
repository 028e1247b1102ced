import { getCurrentUserId } from "@/lib/auth/session";
import { workspaceExportDownload } from "@/lib/workspaces/workspace-exports";

/** A finished workspace archive (Settings → Take your data with you). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; exportId: string }> }) {
  const { slug, exportId } = await params;
  return workspaceExportDownload({ userId: await getCurrentUserId(), slug, exportId });
}
