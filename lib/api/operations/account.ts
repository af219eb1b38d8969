// GetAccountBalance: the requester's available balance and what is held in escrow for live HITs.
import { balancesOf } from "@/lib/money/queries";
import { currencyAmount } from "../shapes/common";
import type { Operation } from "./types";

export const GetAccountBalance: Operation = async (ctx) => {
  const b = await balancesOf(ctx.requesterId);
  return { AvailableBalance: currencyAmount(b.requesterAvailableCents), OnHoldBalance: currencyAmount(b.requesterEscrowCents) };
};
