"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { restoreSnapshotAction } from "@/app/w/[slug]/maps/[mapId]/review/actions";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTitle } from "@/components/ui/dialog";
import { DialogFormFooter } from "@/components/ui/dialog-form-footer";
import { FormField } from "@/components/ui/form-field";
import { useReviewAction } from "@/components/reviews/use-review-action";

/** Restores a snapshot as a new map (the original stays as it is) and opens it. */
export function RestoreSnapshotButton({ slug, mapId, snapshot, mapName }: { slug: string; mapId: string; snapshot: { id: string; name: string }; mapName: string }) {
  const t = useTranslations("reviews.snapshots");
  const router = useRouter();
  const { pending, perform } = useReviewAction();
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<string[] | undefined>();
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <Button variant="outline" size="sm" onClick={() => setOpen(true)}>
        {t("restore")}
      </Button>
      <DialogContent closeLabel={t("cancel")} aria-describedby="restore-description">
        <DialogTitle>{t("restoreTitle", { name: snapshot.name })}</DialogTitle>
        <p id="restore-description" className="text-sm text-muted-foreground">
          {t("restoreDescription")}
        </p>
        <form
          className="grid gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            const name = String(new FormData(e.currentTarget).get("name") ?? "");
            perform(
              () => restoreSnapshotAction(slug, { mapId, snapshotId: snapshot.id, name }),
              () => t("restored"),
              (result) => {
                setErrors(result.ok ? undefined : result.fieldErrors?.name);
                if (result.ok) router.push(`/w/${slug}/maps/${result.data.mapId}`);
              },
            );
          }}
        >
          <FormField name="name" label={t("newMapName")} defaultValue={t("restoredName", { map: mapName, snapshot: snapshot.name })} required maxLength={120} errors={errors} />
          <DialogFormFooter cancelLabel={t("cancel")} submitLabel={pending ? t("restoring") : t("restoreConfirm")} disabled={pending} />
        </form>
      </DialogContent>
    </Dialog>
  );
}
