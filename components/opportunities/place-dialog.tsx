"use client";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { DialogFormFooter } from "@/components/ui/dialog-form-footer";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { isOpportunityScore, OPPORTUNITY_SCORES } from "@/lib/journey/map-vocabulary";

export type PlaceTarget = { id: string; name: string; mapName: string; customerValue: number | null; effort: number | null };

const toScore = (value: string) => (value === "" ? null : isOpportunityScore(Number(value)) ? Number(value) : null);

/** The keyboard's (and anyone's) way to place an opportunity: its customer value and effort, picked from 1–5 or "Not set". */
export function PlaceDialog({ target, onClose, onPlace }: { target: PlaceTarget | null; onClose: () => void; onPlace: (customerValue: number | null, effort: number | null) => void }) {
  const t = useTranslations("opportunityMatrix");
  const id = useId();
  return (
    <Dialog open={target !== null} onOpenChange={(open) => !open && onClose()}>
      {target && (
        <DialogContent closeLabel={t("cancel")}>
          <DialogTitle>{t("placeTitle", { name: target.name })}</DialogTitle>
          <DialogDescription>{t("placeDescription", { map: target.mapName })}</DialogDescription>
          <PlaceForm key={target.id} id={id} target={target} onPlace={onPlace} />
        </DialogContent>
      )}
    </Dialog>
  );
}

function PlaceForm({ id, target, onPlace }: { id: string; target: PlaceTarget; onPlace: (customerValue: number | null, effort: number | null) => void }) {
  const t = useTranslations("opportunityMatrix");
  const [value, setValue] = useState(target.customerValue === null ? "" : String(target.customerValue));
  const [effort, setEffort] = useState(target.effort === null ? "" : String(target.effort));
  const select = (field: "value" | "effort", current: string, set: (v: string) => void) => (
    <div className="grid gap-1.5">
      <Label htmlFor={`${id}-${field}`}>{t(field)}</Label>
      <NativeSelect id={`${id}-${field}`} value={current} onChange={(e) => set(e.target.value)}>
        <option value="">{t("notSet")}</option>
        {OPPORTUNITY_SCORES.map((score) => (
          <option key={score} value={score}>
            {score}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
  return (
    <form
      className="grid gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        onPlace(toScore(value), toScore(effort));
      }}
    >
      <div className="grid grid-cols-2 gap-3">
        {select("value", value, setValue)}
        {select("effort", effort, setEffort)}
      </div>
      <DialogFormFooter cancelLabel={t("cancel")} submitLabel={t("save")} />
    </form>
  );
}
