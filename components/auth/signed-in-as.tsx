import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";

/** For pages outside a workspace: who is signed in, and a way out. */
export async function SignedInAs({ email }: { email: string }) {
  const t = await getTranslations("shell");
  return (
    <form action={signOutAction} className="flex items-center gap-2 text-sm text-muted-foreground">
      <span>{t("signedInAs", { email })}</span>
      <Button type="submit" variant="link" size="sm">
        {t("signOut")}
      </Button>
    </form>
  );
}
