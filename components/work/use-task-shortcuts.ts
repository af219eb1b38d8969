"use client";

import { useEffect, type RefObject } from "react";

/**
 * Task page shortcuts: Ctrl/Cmd+Enter submits the task form (also from inside a text field, where plain
 * Enter must keep meaning "new line"), Alt+R clicks the page's Return button.
 */
export function useTaskShortcuts(form: RefObject<HTMLFormElement | null>) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && form.current) {
        e.preventDefault();
        form.current.requestSubmit();
      } else if (e.altKey && (e.key === "r" || e.key === "R" || e.code === "KeyR")) {
        const back = document.querySelector<HTMLButtonElement>("[data-return-hit]");
        if (back) {
          e.preventDefault();
          back.click();
        }
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [form]);
}
