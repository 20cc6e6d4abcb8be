// The browser's own modal <dialog> for a React component that exists only while the dialog is
// open: shown as a modal on mount (focus kept inside, Esc closes, the rest inert), closed on unmount.
import { useEffect, useRef } from 'react';

export function useModalDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return dialog;
}
