import { getTranslations } from "next-intl/server";
import { signInWithProviderAction } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";

export async function OAuthButtons({ providers, callbackUrl, ssoName }: { providers: Array<"github" | "google" | "oidc">; callbackUrl: string; ssoName?: string }) {
  if (providers.length === 0) return null;
  const t = await getTranslations("auth");
  return (
    <div className="grid gap-2 border-t border-border pt-4">
      {providers.map((provider) => (
        <form key={provider} action={signInWithProviderAction}>
          <input type="hidden" name="provider" value={provider} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <Button type="submit" variant="outline" className="w-full">
            {provider === "oidc" ? t("withSso", { name: ssoName ?? "SSO" }) : t(provider === "github" ? "withGithub" : "withGoogle")}
          </Button>
        </form>
      ))}
    </div>
  );
}
