import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { ssoDisplayName } from "@/lib/sso/oidc-provider";
import { SignInForm } from "@/components/auth/sign-in-form";
import { configuredOAuthProviders } from "@/lib/auth/config";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { getCurrentUserId } from "@/lib/auth/session";

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeRedirectPath(params.callbackUrl, "/");
  if (await getCurrentUserId()) redirect(callbackUrl);
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("signInTitle")}>
      <SignInForm callbackUrl={callbackUrl} email={params.email} notice={params.reset === "1" ? "resetDone" : params.deleted === "1" ? "accountDeleted" : undefined}
        providerError={params.error ? (params.error === "AccessDenied" ? "AccessDenied" : "other") : undefined}
      />
      <OAuthButtons providers={configuredOAuthProviders()} callbackUrl={callbackUrl} ssoName={ssoDisplayName()} />
    </AuthCard>
  );
}
