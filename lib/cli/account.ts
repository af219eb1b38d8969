import { GetAccountBalanceCommand } from "@aws-sdk/client-mturk";
import type { Verb } from "./verb";

export const getBalance: Verb = {
  name: "getBalance",
  summary: "Show the account's available balance and the amount held for open HITs",
  options: [],
  async run(ctx) {
    const b = await ctx.client().send(new GetAccountBalanceCommand({}));
    ctx.out(`Your account balance: $${b.AvailableBalance}`);
    if (b.OnHoldBalance !== undefined) ctx.out(`On hold for open HITs: $${b.OnHoldBalance}`);
    return 0;
  },
};
