import { getTranslations } from "next-intl/server";
import { AccountPage } from "@/components/account/account-page";
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
    <AccountPage back={t("back")} title={t("sessionsTitle")} intro={t("sessionsIntro", { email: user.email })} current="sessions">
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
    </AccountPage>
  );
}
