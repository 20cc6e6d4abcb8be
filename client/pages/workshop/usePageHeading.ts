// The full-screen 3D pages (workshop, replay) have no Layout: they name the browser tab after
// the scene in the UI language and put focus on their heading when it appears, so a screen
// reader starts there instead of on <body>. The heading may appear only after a loading state
// (the workshop first checks for an open attempt), so focus follows the element, not the mount.
import { useCallback, useEffect } from 'react';

export function usePageHeading(documentTitle: string): (heading: HTMLHeadingElement | null) => void {
  useEffect(() => {
    const previous = document.title;
    document.title = documentTitle;
    return () => {
      document.title = previous;
    };
  }, [documentTitle]);
  // Only when nothing else holds focus: a learner already on a control keeps it.
  return useCallback((heading: HTMLHeadingElement | null) => {
    if (heading && (document.activeElement === null || document.activeElement === document.body)) heading.focus({ preventScroll: true });
  }, []);
}
