import { listMapTouchpointsApi } from "@/lib/api/v1/list-maps";
import { withApiKey } from "@/lib/api/with-api-key";

type Context = { params: Promise<{ mapId: string }> };

export const GET = withApiKey<Context>(async (api, _request, { params }) => listMapTouchpointsApi(api, (await params).mapId), {
  permission: "maps.read",
});
