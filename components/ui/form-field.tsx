"use client";
import { useId } from "react";
import type * as React from "react";
import { Input } from "./input";
import { Label } from "./label";
import { useErrorMessage } from "./use-error-message";

/** What a field gives its control: the id its label points at, and its error and hint links. */
export type FieldControlProps = { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined };

/** A label, a control, an optional hint and the first validation error, announced and linked to the control. */
export function Field({
  label,
  errors,
  hint,
  children,
}: {
  label: string;
  errors?: string[];
  hint?: string;
  children: (control: FieldControlProps) => React.ReactNode;
}) {
  const id = useId();
  const message = useErrorMessage();
  const error = errors?.[0];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
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

type Props = React.ComponentProps<"input"> & {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
};

/** A labelled input whose validation errors are announced and linked to it. */
export function FormField({ name, label, errors, hint, ...inputProps }: Props) {
  return (
    <Field label={label} errors={errors} hint={hint}>
      {(control) => <Input {...control} name={name} {...inputProps} />}
    </Field>
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
