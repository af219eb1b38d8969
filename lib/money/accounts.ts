// Ledger account ids are derived from the owner, so posting never needs a lookup.
export type AccountKind = "requester:available" | "requester:escrow" | "worker:available" | "platform:fees" | "external";

export const accountId = {
  requesterAvailable: (userId: string) => `requester:available:${userId}`,
  requesterEscrow: (userId: string) => `requester:escrow:${userId}`,
  workerAvailable: (userId: string) => `worker:available:${userId}`,
  platformFees: "platform:fees",
  external: "external",
} as const;

/** The accounts every user gets at sign-up (both sides, so a role added later needs no migration). */
export function userAccounts(userId: string): { id: string; ownerId: string; kind: AccountKind }[] {
  return [
    { id: accountId.requesterAvailable(userId), ownerId: userId, kind: "requester:available" },
    { id: accountId.requesterEscrow(userId), ownerId: userId, kind: "requester:escrow" },
    { id: accountId.workerAvailable(userId), ownerId: userId, kind: "worker:available" },
  ];
}

/** Only the outside world may go negative: it is where deposits come from and withdrawals go. */
export const mayGoNegative = (id: string): boolean => id === accountId.external;
