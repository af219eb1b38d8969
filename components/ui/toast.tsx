"use client";

import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { cn } from "./cn";

export type ToastTone = "info" | "success" | "warning" | "danger";
export type ToastInput = { title: string; description?: string; tone?: ToastTone };
type ToastItem = ToastInput & { id: number };

const DURATION_MS = 5000;

const ToastContext = createContext<((t: ToastInput) => void) | null>(null);

export function useToast(): { toast: (t: ToastInput) => void } {
  const toast = useContext(ToastContext);
  if (!toast) throw new Error("useToast must be used inside <ToastProvider>");
  return { toast };
}

const accent: Record<ToastTone, string> = {
  info: "bg-info",
  success: "bg-success",
  warning: "bg-warning",
  danger: "bg-danger",
};

export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const nextId = useRef(0);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const dismiss = useCallback((id: number) => {
    clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setItems((all) => all.filter((t) => t.id !== id));
  }, []);

  const toast = useCallback(
    (t: ToastInput) => {
      const id = ++nextId.current;
      setItems((all) => [...all.slice(-3), { ...t, id }]); // cap the stack so a burst can't cover the page
      timers.current.set(id, setTimeout(() => dismiss(id), DURATION_MS));
    },
    [dismiss],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach(clearTimeout);
  }, []);

  return (
    <ToastContext.Provider value={toast}>
      {children}
      {/* The live region exists from the first render: regions inserted together with their text are often not announced. */}
      <div
        aria-live="polite"
        className="pointer-events-none fixed inset-x-4 bottom-4 z-50 flex flex-col items-stretch gap-2 sm:left-auto sm:w-96"
      >
        {items.map((t) => (
          <div
            key={t.id}
            className="pointer-events-auto relative flex gap-3 overflow-hidden rounded-lg border border-border bg-surface py-3 pr-10 pl-4 text-sm text-fg shadow-lg"
          >
            <span aria-hidden="true" className={cn("absolute inset-y-0 left-0 w-1", accent[t.tone ?? "info"])} />
            <div className="min-w-0">
              <p className="font-semibold">{t.title}</p>
              {t.description && <p className="mt-0.5 text-muted">{t.description}</p>}
            </div>
            <button
              type="button"
              onClick={() => dismiss(t.id)}
              aria-label="Dismiss notification"
              className="absolute top-2 right-2 rounded-md p-1 text-muted hover:bg-surface-muted hover:text-fg"
            >
              <svg viewBox="0 0 16 16" aria-hidden="true" className="size-4">
                <path d="m4 4 8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
              </svg>
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
