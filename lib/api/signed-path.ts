/** Set by proxy.ts on requests it rewrites to /api/mturk: the path the client signed. */
export const SIGNED_PATH_HEADER = "x-piecework-signed-path";
export const API_PATH = "/api/mturk";
export const TARGET_HEADER = "x-amz-target";
