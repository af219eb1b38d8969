// Shared by the questions tests: run `fn`, insist that it throws DomainError("InvalidInput"), return the message.
import { expect } from "vitest";
import { DomainError } from "@/lib/errors";

export function invalidMessage(fn: () => unknown): string {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, "expected a DomainError to be thrown").toBeInstanceOf(DomainError);
  expect((thrown as DomainError).code).toBe("InvalidInput");
  return (thrown as DomainError).message;
}
