"use client";
import type * as React from "react";
import { FormField } from "@/components/ui/form-field";
import { useEvidenceMessage } from "./use-evidence-message";

/** FormField for the evidence area: errors are read from the evidence messages. */
export function EvidenceField(props: React.ComponentProps<"input"> & { name: string; label: string; errors?: string[]; hint?: string }) {
  const message = useEvidenceMessage();
  return <FormField {...props} formatError={message} />;
}
