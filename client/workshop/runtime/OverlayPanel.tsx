// A panel of the workshop's HTML overlay that folds to its title (help, live cues): a real
// button with aria-expanded, big enough for a finger, so a small screen keeps the bench clear.
import type { ReactNode, SyntheticEvent } from 'react';

/** Presses and drags on a panel are the panel's, not the 3D view's (no torch jump, no arc). */
export function keepPointerInPanel(event: SyntheticEvent): void {
  event.stopPropagation();
}

export const panelPointerGuard = { onPointerDown: keepPointerInPanel, onPointerMove: keepPointerInPanel, onWheel: keepPointerInPanel };

export function OverlayPanel(props: {
  id: string;
  title: string;
  /** a keyboard shortcut shown beside the title, e.g. "H" */
  shortcut?: string;
  expanded: boolean;
  onToggle: () => void;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  const { id, title, shortcut, expanded, onToggle, className, testId, children } = props;
  return (
    <section className={`workshop-panel foldable ${className ?? ''}`} aria-labelledby={`${id}-title`} data-testid={testId} data-expanded={expanded} {...panelPointerGuard}>
      <h2 className="workshop-panel-title">
        <button type="button" id={`${id}-title`} aria-expanded={expanded} aria-controls={`${id}-body`} onClick={onToggle}>
          <span>{title}</span>
          {shortcut && <kbd aria-hidden="true">{shortcut}</kbd>}
          <span className="fold-mark" aria-hidden="true">
            {expanded ? '▾' : '▸'}
          </span>
        </button>
      </h2>
      <div id={`${id}-body`} hidden={!expanded}>
        {children}
      </div>
    </section>
  );
}
