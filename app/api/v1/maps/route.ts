import { listMapsApi } from "@/lib/api/v1/list-maps";
import { withApiKey } from "@/lib/api/with-api-key";

export const GET = withApiKey(listMapsApi, { permission: "maps.read" });
