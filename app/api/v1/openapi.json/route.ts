import { trustedBaseUrl } from "@/lib/account/trusted-base-url";
import { buildOpenApiDocument } from "@/lib/api/v1/openapi";

/** The OpenAPI 3.1 description of /api/v1; public, as API descriptions are. */
export async function GET() {
  return Response.json(buildOpenApiDocument(trustedBaseUrl()), { headers: { "Cache-Control": "public, max-age=300" } });
}
