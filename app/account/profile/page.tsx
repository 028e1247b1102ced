import { getTranslations } from "next-intl/server";
import { AccountPage } from "@/components/account/account-page";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { EmailChangeForm } from "@/components/account/email-change-form";
import { ProfileForm } from "@/components/account/profile-form";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { workspacesOnlyOwnedBy } from "@/lib/account/delete-account";
import { avatarColourOf, loadProfile } from "@/lib/account/profile";
import { requireUser } from "@/lib/auth/session";
import { canSendMail } from "@/lib/mail/send-mail";

export async function generateMetadata() {
  const t = await getTranslations("account");
  return { title: t("profileTitle") };
}

export default async function ProfilePage() {
  const user = await requireUser("/account/profile");
  const t = await getTranslations("account");
  const [profile, blocking] = await Promise.all([loadProfile(user.id), workspacesOnlyOwnedBy(user.id)]);
  if (!profile) return null;
  return (
    <AccountPage back={t("back")} title={t("profileTitle")} intro={t("profileIntro")} current="profile">
      <Card className="grid gap-4">
        <CardTitle>{t("profileDetails")}</CardTitle>
        <ProfileForm name={profile.name ?? ""} avatarColour={avatarColourOf({ id: user.id, avatarColour: profile.avatarColour })} locale={profile.locale === "nl" ? "nl" : "en"} />
      </Card>
      <Card className="grid gap-4">
        <CardTitle>{t("emailTitle")}</CardTitle>
        <CardDescription>{t("emailIntro", { email: profile.email })}</CardDescription>
        <EmailChangeForm hasPassword={profile.hasPassword} mailConfigured={canSendMail()} />
      </Card>
      <Card className="grid gap-4 border-destructive/40">
        <CardTitle>{t("deleteTitle")}</CardTitle>
        <CardDescription>{t("deleteIntro")}</CardDescription>
        <DeleteAccountForm email={profile.email} hasPassword={profile.hasPassword} blockingWorkspaces={blocking} />
      </Card>
    </AccountPage>
  );
}
