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
  formatError,
  children,
}: {
  label: string;
  errors?: string[];
  hint?: string;
  /** Turns an error key into a sentence; defaults to the shared `errors` messages. */
  formatError?: (key: string) => string | undefined;
  children: (control: FieldControlProps) => React.ReactNode;
}) {
  const id = useId();
  const sharedMessage = useErrorMessage();
  const message = formatError ?? sharedMessage;
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
  formatError?: (key: string) => string | undefined;
};

/** A labelled input whose validation errors are announced and linked to it. */
export function FormField({ name, label, errors, hint, formatError, ...inputProps }: Props) {
  return (
    <Field label={label} errors={errors} hint={hint} formatError={formatError}>
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
