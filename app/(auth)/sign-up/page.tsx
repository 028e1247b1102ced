import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { ssoDisplayName } from "@/lib/sso/oidc-provider";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { configuredOAuthProviders } from "@/lib/auth/config";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { getCurrentUserId } from "@/lib/auth/session";
import { invitationToken } from "@/lib/members/invitation-token";

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeRedirectPath(params.callbackUrl, "/");
  if (await getCurrentUserId()) redirect(callbackUrl);
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("signUpTitle")}>
      <SignUpForm callbackUrl={callbackUrl} email={params.email} invitation={invitationToken(callbackUrl)} />
      <OAuthButtons providers={configuredOAuthProviders()} callbackUrl={callbackUrl} ssoName={ssoDisplayName()} />
    </AuthCard>
  );
}
