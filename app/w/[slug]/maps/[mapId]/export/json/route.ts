import { getCurrentUserId } from "@/lib/auth/session";
import { mapFileResponse } from "@/lib/map-files/export-map";

/** The map as a JSON file that "Import a map" turns back into a map. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; mapId: string }> }) {
  const { slug, mapId } = await params;
  return mapFileResponse({ userId: await getCurrentUserId(), slug, mapId });
}
