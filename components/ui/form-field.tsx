"use client";
import { useId } from "react";
import type * as React from "react";
import { Input } from "./input";
import { Label } from "./label";
import { useErrorMessage } from "./use-error-message";

type Props = React.ComponentProps<"input"> & {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
};

/** A labelled input whose validation errors are announced and linked to it. */
export function FormField({ name, label, errors, hint, ...inputProps }: Props) {
  const id = useId();
  const message = useErrorMessage();
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

export function FormError({ error }: { error?: string | null }) {
  const message = useErrorMessage();
  if (!error) return null;
  return (
    <p role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive">
      {message(error)}
    </p>
  );
}
