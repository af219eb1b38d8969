// The MTurk Requester API at /api/mturk (and, through proxy.ts, at the site root and /api/mturk/).
import { handleApiRequest } from "@/lib/api/handler";
import { SIGNED_PATH_HEADER } from "@/lib/api/signed-path";

export const dynamic = "force-dynamic";

export function POST(req: Request): Promise<Response> {
  // The path the client signed: proxy.ts records it when it rewrites "/" or "/api/mturk/" here.
  return handleApiRequest(req, req.headers.get(SIGNED_PATH_HEADER) ?? new URL(req.url).pathname);
}

export function GET(req: Request): Promise<Response> {
  return handleApiRequest(req, new URL(req.url).pathname);
}
