import { Badge } from "@/components/ui/badge";

export function RoleList({ user }: { user: { isWorker: boolean; isRequester: boolean; isAdmin: boolean } }) {
  const roles = [user.isWorker && "Worker", user.isRequester && "Requester", user.isAdmin && "Admin"].filter((r): r is string => Boolean(r));
  return (
    <span className="flex flex-wrap gap-1">
      {roles.length === 0 ? <span className="text-xs text-muted">None</span> : roles.map((r) => <Badge key={r} tone={r === "Admin" ? "info" : "neutral"}>{r}</Badge>)}
    </span>
  );
}
