// Pages show another owner's record exactly like a missing one: a domain NotFound becomes the 404 page.
import { notFound } from "next/navigation";
import { isDomainError } from "@/lib/errors";

export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (e) {
    if (isDomainError(e) && e.code === "NotFound") notFound();
    throw e;
  }
}
