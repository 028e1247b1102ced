"use client";
import { useId } from "react";
import type * as React from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useEvidenceMessage } from "./use-evidence-message";

/** FormField for the evidence area: the same markup, with errors read from the evidence messages. */
export function EvidenceField({ name, label, errors, hint, ...inputProps }: React.ComponentProps<"input"> & { name: string; label: string; errors?: string[]; hint?: string }) {
  const id = useId();
  const message = useEvidenceMessage();
  const error = errors?.[0];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...inputProps} />
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-xs text-destructive">
          {message(error)}
        </p>
      )}
    </div>
  );
}
