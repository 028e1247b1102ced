"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { importMapAction } from "@/app/w/[slug]/maps/import/actions";
import { useReviewAction } from "@/components/reviews/use-review-action";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

const MAX_BYTES = 5 * 1024 * 1024;

/** Reads an exported map file in the browser and creates a map from it on the server. */
export function ImportMapForm({ slug }: { slug: string }) {
  const t = useTranslations("reviews.import");
  const router = useRouter();
  const { pending, perform, message } = useReviewAction();
  const [error, setError] = useState<string | undefined>();
  return (
    <form
      className="grid gap-4 rounded-lg border border-border bg-card p-4"
      onSubmit={async (e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const file = data.get("file");
        if (!(file instanceof File) || file.size === 0) return setError(t("chooseFile"));
        if (file.size > MAX_BYTES) return setError(message("MAP_FILE_TOO_LARGE"));
        const text = await file.text();
        perform(
          () => importMapAction(slug, { file: text, name: String(data.get("name") ?? "") }),
          () => t("imported"),
          (result) => {
            if (result.ok) router.push(`/w/${slug}/maps/${result.data.mapId}`);
            else setError(message(result.fieldErrors?.file?.[0] ?? result.fieldErrors?.name?.[0] ?? result.error));
          },
        );
      }}
    >
      <div className="grid gap-1">
        <Label htmlFor="import-file">{t("file")}</Label>
        <Input id="import-file" name="file" type="file" accept="application/json,.json" required aria-invalid={error ? true : undefined} aria-describedby={error ? "import-error" : "import-hint"} />
        <p id="import-hint" className="text-xs text-muted-foreground">
          {t("fileHint")}
        </p>
      </div>
      <div className="grid gap-1">
        <Label htmlFor="import-name">{t("name")}</Label>
        <Input id="import-name" name="name" maxLength={120} placeholder={t("namePlaceholder")} />
      </div>
      {error && (
        <p id="import-error" role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
      <Button type="submit" disabled={pending} className="justify-self-start">
        {pending ? t("importing") : t("import")}
      </Button>
    </form>
  );
}
