import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { SessionList } from "@/components/account/session-list";
import { requireUser } from "@/lib/auth/session";
import { listUserSessions } from "@/lib/auth/user-sessions";
import { describeUserAgent } from "@/lib/auth/describe-user-agent";

export async function generateMetadata() {
  const t = await getTranslations("account");
  return { title: t("sessionsTitle") };
}

export default async function SessionsPage() {
  const user = await requireUser("/account/sessions");
  const t = await getTranslations("account");
  const sessions = await listUserSessions(user.id, user.sessionId);
  return (
    <main className="mx-auto flex min-h-screen max-w-2xl flex-col gap-6 p-6">
      <Link href="/" className="text-sm text-primary underline-offset-4 hover:underline">
        {t("back")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{t("sessionsTitle")}</h1>
        <p className="mt-1 text-sm text-muted-foreground">{t("sessionsIntro", { email: user.email })}</p>
      </div>
      <SessionList
        now={new Date().toISOString()}
        sessions={sessions.map((s) => ({
          id: s.id,
          current: s.current,
          createdAt: s.createdAt.toISOString(),
          lastSeenAt: s.lastSeenAt.toISOString(),
          ip: s.ip,
          ...describeUserAgent(s.userAgent),
        }))}
      />
    </main>
  );
}
