"use client";
import { Button } from "./button";
import { DialogClose } from "./dialog";

/** A dialog form's last row: Cancel closes the dialog, the submit button says what it does (and that it is doing it). */
export function DialogFormFooter({ cancelLabel, submitLabel, disabled }: { cancelLabel: string; submitLabel: string; disabled?: boolean }) {
  return (
    <div className="flex justify-end gap-2">
      <DialogClose asChild>
        <Button type="button" variant="outline">
          {cancelLabel}
        </Button>
      </DialogClose>
      <Button type="submit" disabled={disabled}>
        {submitLabel}
      </Button>
    </div>
  );
}
