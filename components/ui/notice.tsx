import { NOTICES, type NoticeCode } from "@/lib/notices";
import { Alert } from "./alert";

/** The message for a ?notice= code set by an action's redirect; nothing for unknown codes. */
export function Notice({ code }: { code?: string | string[] }) {
  const key = Array.isArray(code) ? code[0] : code;
  if (!key || !(key in NOTICES)) return null;
  const n = NOTICES[key as NoticeCode];
  return <Alert tone={n.tone}>{n.text}</Alert>;
}
