// A HIT type's stored specification (JSON written by settings.ts after validation), read back.
import type { NotificationSpec } from "./schema";

export function parseStoredSpec(json: string | null): NotificationSpec | null {
  return json ? (JSON.parse(json) as NotificationSpec) : null;
}
