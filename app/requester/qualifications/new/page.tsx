import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { QualificationTypeForm } from "@/components/requester/qualification-type-form";
import { requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "New qualification type" };

export default async function NewQualificationTypePage() {
  await requirePageUser("requester", "/requester/qualifications/new");
  return (
    <div className="space-y-6">
      <PageHeader
        title="New qualification type"
        description="A qualification says something about a worker (passed your test, did good work before). HITs can require it."
        backHref="/requester/qualifications"
        backLabel="Qualification types"
      />
      <QualificationTypeForm />
    </div>
  );
}
