"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import { revokeApiKeyAction } from "@/app/w/[slug]/settings/api-keys/actions";
import { useEvidenceMessage } from "@/components/evidence/use-evidence-message";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

type Key = { id: string; name: string; prefix: string; access: "read" | "write"; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null };

export function ApiKeyList({ slug, keys }: { slug: string; keys: Key[] }) {
  const t = useTranslations("evidence.apiKeys");
  const format = useFormatter();
  const message = useEvidenceMessage();
  const [pending, startTransition] = useTransition();
  if (keys.length === 0) return <p className="text-sm text-muted-foreground">{t("none")}</p>;
  const when = (d: Date | null) => (d ? format.dateTime(new Date(d), { dateStyle: "medium", timeStyle: "short" }) : t("never"));
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{t("title")}</caption>
      <thead>
        <tr className="border-b border-border text-left text-muted-foreground">
          <th scope="col" className="py-2">{t("name")}</th>
          <th scope="col" className="py-2">{t("key")}</th>
          <th scope="col" className="py-2">{t("access")}</th>
          <th scope="col" className="py-2">{t("lastUsed")}</th>
          <th scope="col" className="py-2"><span className="sr-only">{t("actions")}</span></th>
        </tr>
      </thead>
      <tbody>
        {keys.map((k) => (
          <tr key={k.id} className="border-b border-border" data-testid={`api-key-${k.name}`}>
            <td className="py-2 font-medium">{k.name}</td>
            <td className="py-2 font-mono text-xs">{k.prefix}…</td>
            <td className="py-2">{k.access === "write" ? t("accessWrite") : t("accessRead")}</td>
            <td className="py-2">{k.revokedAt ? t("revokedOn", { date: when(k.revokedAt) }) : when(k.lastUsedAt)}</td>
            <td className="py-2 text-right">
              {!k.revokedAt && (
                <ConfirmDialog
                  trigger={
                    <Button type="button" size="sm" variant="outline" disabled={pending}>
                      {t("revoke")}
                    </Button>
                  }
                  title={t("revokeTitle", { name: k.name })}
                  description={t("revokeDescription")}
                  confirmLabel={t("revokeConfirm")}
                  cancelLabel={t("cancel")}
                  onConfirm={() =>
                    startTransition(async () => {
                      const result = await revokeApiKeyAction(slug, { keyId: k.id });
                      if (result.ok) toast.success(t("revoked"));
                      else toast.error(message(result.error));
                    })
                  }
                />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
