import { listFeedbackApi } from "@/lib/api/v1/list-feedback";
import { postFeedback } from "@/lib/api/v1/post-feedback";
import { withApiKey } from "@/lib/api/with-api-key";

/** Add responses (one, or up to 1,000 as { responses }) — needs a write key. */
export const POST = withApiKey(postFeedback, { permission: "evidence.write" });

/** List responses with filters and cursor pagination. */
export const GET = withApiKey(listFeedbackApi, { permission: "evidence.read" });
