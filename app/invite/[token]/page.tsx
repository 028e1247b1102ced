import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { SignedInAs } from "@/components/auth/signed-in-as";
import { AcceptInvitationForm } from "@/components/members/accept-invitation-form";
import { Button } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/session";
import { findInvitationByToken } from "@/lib/members/accept-invitation";

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("invite");
  const tr = await getTranslations("roles");
  const invitation = await findInvitationByToken(token);
  if (!invitation) {
    return (
      <AuthCard title={t("title")}>
        <p role="alert">{t("unknown")}</p>
      </AuthCard>
    );
  }
  if (invitation.status !== "valid") {
    return (
      <AuthCard title={t("title")}>
        <p role="alert">{t(`status.${invitation.status}`)}</p>
      </AuthCard>
    );
  }
  const user = await getCurrentUser();
  const here = `/invite/${token}`;
  const email = encodeURIComponent(invitation.email);
  return (
    <AuthCard title={t("title")}>
      <div className="grid gap-4">
        <p>{t("summary", { workspace: invitation.workspaceName, role: tr(invitation.role) })}</p>
        {user ? (
          user.email.toLowerCase() === invitation.email.toLowerCase() ? (
            <AcceptInvitationForm token={token} />
          ) : (
            <div className="grid gap-2">
              <p role="alert" className="text-sm text-destructive">
                {t("otherAccount", { email: invitation.email, current: user.email })}
              </p>
              <SignedInAs email={user.email} />
            </div>
          )
        ) : (
          <div className="grid gap-2">
            <p className="text-sm text-muted-foreground">{t("signInFirst", { email: invitation.email })}</p>
            <Button asChild>
              <Link href={`/sign-up?callbackUrl=${encodeURIComponent(here)}&email=${email}`}>{t("createAccount")}</Link>
            </Button>
            <Button asChild variant="outline">
              <Link href={`/sign-in?callbackUrl=${encodeURIComponent(here)}&email=${email}`}>{t("signIn")}</Link>
            </Button>
          </div>
        )}
      </div>
    </AuthCard>
  );
}
