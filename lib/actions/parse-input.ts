import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";

/** FormData or a plain object, validated by one zod schema; failures become field errors. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const value = raw instanceof FormData ? formDataToObject(raw) : raw;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join(".") || "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  throw new AppError("INVALID_INPUT", "INVALID_INPUT", fieldErrors);
}

function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    // Next adds $ACTION_* keys to progressively enhanced forms; they are not input.
    if (key.startsWith("$ACTION")) continue;
    out[key] = typeof value === "string" ? value : value;
  }
  return out;
}
