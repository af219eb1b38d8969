import Link from "next/link";
import type { QualificationTab } from "@/app/work/qualifications/form-schema";

const TABS: { tab: QualificationTab; label: string }[] = [
  { tab: "find", label: "Find qualifications" },
  { tab: "mine", label: "My qualifications" },
  { tab: "requests", label: "My requests" },
];

/** The three parts of the qualifications page as links, so each has its own URL and the back button works. */
export function QualificationTabs({ current, counts }: { current: QualificationTab; counts: Partial<Record<QualificationTab, number>> }) {
  return (
    <nav aria-label="Qualification views" className="flex flex-wrap gap-2 border-b border-border pb-3">
      {TABS.map(({ tab, label }) => (
        <Link
          key={tab}
          href={tab === "find" ? "/work/qualifications" : `/work/qualifications?tab=${tab}`}
          aria-current={tab === current ? "page" : undefined}
          className={`rounded-full px-3 py-1 text-sm no-underline ${tab === current ? "bg-primary text-primary-fg" : "bg-surface-muted text-fg hover:bg-border"}`}
        >
          {label}
          {counts[tab] !== undefined && <span className="ml-1 tabular-nums opacity-80">{counts[tab]}</span>}
        </Link>
      ))}
    </nav>
  );
}
