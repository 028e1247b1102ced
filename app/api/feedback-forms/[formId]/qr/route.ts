import { getCurrentUserId } from "@/lib/auth/session";
import { appBaseUrl } from "@/lib/config/app-url";
import { feedbackFormQrResponse } from "@/lib/evidence/forms/form-qr";

/** QR code of a feedback form's public link: ?format=svg (default) or png. */
export async function GET(request: Request, { params }: { params: Promise<{ formId: string }> }) {
  return feedbackFormQrResponse({ request, userId: await getCurrentUserId(), formId: (await params).formId, baseUrl: await appBaseUrl() });
}
