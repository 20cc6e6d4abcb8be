// Which targets a pointer is over (the latest last), kept by the targets themselves: a pointer
// leaving a target takes one entry off; a target that unmounts or is disabled while hovered (a pin
// pulled, a part taken away) takes all of its entries off, since no pointer-out will ever come for
// it. A stale entry would keep the page's pointer cursor and make every later press count as a
// press on a target.

/** Takes the latest entry of `id` (or, with `all`, every one) off `hovered`; true when none is left. */
export function releaseHover(hovered: string[], id: string, all = false): boolean {
  for (let at = hovered.lastIndexOf(id); at >= 0; at = all ? hovered.lastIndexOf(id) : -1) hovered.splice(at, 1);
  return hovered.length === 0;
}
