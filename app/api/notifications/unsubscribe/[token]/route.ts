import { unsubscribeWithToken } from "@/lib/notifications/preferences";

/** RFC 8058 one-click unsubscribe: the mail client POSTs here, without cookies or a page. */
export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const done = await unsubscribeWithToken(decodeURIComponent(token));
  return new Response(null, { status: done ? 204 : 404, headers: { "Cache-Control": "no-store" } });
}

/** A person who opens the header's address in a browser gets the page with its button. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return new Response(null, { status: 303, headers: { Location: `/notifications/unsubscribe/${token}` } });
}
