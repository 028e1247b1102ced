"use client";
import { Copy } from "lucide-react";
import type * as React from "react";
import { toast } from "sonner";
import { Button } from "./button";
import { Input } from "./input";

/**
 * A read-only value, selected on focus, with a button that copies it and confirms in a
 * toast. The label is the caller's (point it at `id`).
 */
export function CopyField({
  value,
  copyLabel,
  copiedMessage,
  ...inputProps
}: Omit<React.ComponentProps<"input">, "value" | "readOnly"> & { value: string; copyLabel: string; copiedMessage: string }) {
  return (
    <div className="flex gap-2">
      <Input {...inputProps} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
      <Button
        type="button"
        variant="outline"
        onClick={async () => {
          // Without clipboard access (no HTTPS, permission refused) the selected text is still there to copy by hand.
          await navigator.clipboard?.writeText(value).catch(() => undefined);
          toast.success(copiedMessage);
        }}
      >
        <Copy className="h-4 w-4" aria-hidden />
        {copyLabel}
      </Button>
    </div>
  );
}
