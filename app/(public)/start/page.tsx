import { redirect } from "next/navigation";
import { currentUser, homeOf } from "@/lib/auth/session";

// Where sign-in lands: each user's own area.
export default async function StartPage() {
  const user = await currentUser();
  redirect(user ? homeOf(user) : "/signin");
}
