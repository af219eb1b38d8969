// This site's origin as the browser reached it, for turkSubmitTo and the HTMLQuestion frame's
// form-action. Taken from the request (a proxy's X-Forwarded-* first) so it is right behind a proxy and
// on any port. The value ends up in a CSP header and in URLs, so anything that is not a plain
// scheme://host[:port] is ignored rather than passed on.
const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

const first = (value: string | null) => value?.split(",")[0]?.trim() || undefined;

export function requestOrigin(headers: Headers): string {
  const forwardedProto = first(headers.get("x-forwarded-proto"));
  const proto = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : "http";
  const host = [first(headers.get("x-forwarded-host")), first(headers.get("host"))].find((h) => h !== undefined && HOST.test(h));
  return `${proto}://${host ?? "localhost"}`;
}
