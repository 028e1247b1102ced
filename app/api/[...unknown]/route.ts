import { errorResponse } from "@/lib/api/error-response";
import { AppError } from "@/lib/errors/app-error";

// Any /api path no route handles: a JSON 404 in the API's error shape, not the HTML page.
const notFound = () => errorResponse(new AppError("NOT_FOUND", "ROUTE_NOT_FOUND"));

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
