// The chart's bucket from the query string (?bucket=hour|day), daily unless asked.
import type { Bucket } from "@/lib/batches/activity";

export const bucketOf = (v: unknown): Bucket => (v === "hour" ? "hour" : "day");
