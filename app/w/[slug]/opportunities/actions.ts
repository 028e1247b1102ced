"use server";
import { runAsCurrentUser } from "@/lib/actions/run-as-current-user";
import { placeOpportunity } from "@/lib/opportunities/place-opportunity";

export async function placeOpportunityAction(slug: string, input: unknown) {
  return runAsCurrentUser(placeOpportunity, slug, input, { path: `/w/${slug}/opportunities` });
}
