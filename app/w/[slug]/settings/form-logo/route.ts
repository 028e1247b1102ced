import { getCurrentUserId } from "@/lib/auth/session";
import { settingsFormLogoResponse } from "@/lib/evidence/forms/form-logo-response";

/** The public forms' logo, previewed in Settings → Public forms. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return settingsFormLogoResponse({ request, userId: await getCurrentUserId(), slug: (await params).slug });
}
