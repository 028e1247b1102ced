import { publicFormLogoResponse } from "@/lib/evidence/forms/form-logo-response";

/** The workspace's logo on a public feedback form; no account, the form's token decides. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  return publicFormLogoResponse({ request, token: (await params).token });
}
