"use client";
import { Camera } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { createSnapshotAction } from "@/app/w/[slug]/maps/[mapId]/review/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useReviewAction } from "@/components/reviews/use-review-action";

/** Names and takes a snapshot of the map as stored now; from a review, linked to its quarter. */
export function TakeSnapshotForm({ slug, mapId, defaultName, quarter }: { slug: string; mapId: string; defaultName: string; quarter?: string }) {
  const t = useTranslations("reviews.snapshots");
  const { pending, perform, message } = useReviewAction();
  const [error, setError] = useState<string | undefined>();
  return (
    <form
      className="flex flex-wrap items-end gap-2 print:hidden"
      onSubmit={(e) => {
        e.preventDefault();
        const name = String(new FormData(e.currentTarget).get("name") ?? "");
        perform(
          () => createSnapshotAction(slug, { mapId, name, quarter }),
          () => t("taken", { name }),
          (result) => setError(result.ok ? undefined : result.fieldErrors?.name?.[0] ? message(result.fieldErrors.name[0]) : undefined),
        );
      }}
    >
      <div className="grid gap-1">
        <Label htmlFor="snapshot-name">{t("name")}</Label>
        <Input id="snapshot-name" name="name" defaultValue={defaultName} required maxLength={120} className="w-64" aria-invalid={error ? true : undefined} aria-describedby={error ? "snapshot-name-error" : undefined} />
        {error && <p id="snapshot-name-error" className="text-xs text-destructive">{error}</p>}
      </div>
      <Button type="submit" size="sm" disabled={pending}>
        <Camera className="size-4" aria-hidden />
        {pending ? t("taking") : t("take")}
      </Button>
    </form>
  );
}
