// Creating accounts. A user and their ledger accounts are created in one transaction, so a user never
// exists without the accounts money moves through.
import { transaction, isUniqueViolation, type Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { newUserId } from "@/lib/ids";
import { now } from "@/lib/clock";
import { userAccounts } from "@/lib/money/accounts";
import { hashPassword } from "./password";

export interface NewUser {
  email: string;
  name: string;
  password: string;
  isWorker?: boolean;
  isRequester?: boolean;
  isAdmin?: boolean;
  country?: string | null;
}

export async function createUser(input: NewUser, tx?: Tx) {
  const passwordHash = await hashPassword(input.password);
  const id = newUserId();
  try {
    return await transaction(async (t) => {
      const user = await t.user.create({
        data: {
          id,
          email: input.email.trim().toLowerCase(),
          name: input.name.trim(),
          passwordHash,
          isWorker: input.isWorker ?? false,
          isRequester: input.isRequester ?? false,
          isAdmin: input.isAdmin ?? false,
          country: input.country ?? null,
          createdAt: now(),
        },
      });
      await t.ledgerAccount.createMany({ data: userAccounts(id) });
      return user;
    }, tx);
  } catch (e) {
    if (isUniqueViolation(e)) {
      throw new DomainError("Duplicate", "An account with this email already exists. Sign in instead.", {
        fieldErrors: { email: "An account with this email already exists" },
      });
    }
    throw e;
  }
}
