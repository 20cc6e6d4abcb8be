// Whose key is it? A focused control (button, link, field, slider...) keeps its own keys —
// Space and Enter press a button — and the workshop's shortcuts act only when focus rests on
// the page itself, the 3D view or the page's heading.

const controlSelector = [
  'a[href]', 'button', 'input', 'select', 'textarea', 'summary', '[contenteditable=""]', '[contenteditable="true"]',
  '[role="button"]', '[role="link"]', '[role="checkbox"]', '[role="radio"]', '[role="switch"]', '[role="slider"]',
  '[role="spinbutton"]', '[role="combobox"]', '[role="textbox"]', '[role="tab"]', '[role="menuitem"]', '[role="option"]',
].join(', ');

/** True when the key event's target is a control that handles keys itself. */
export function isKeyboardControl(target: EventTarget | null): boolean {
  const element = target as Element | null;
  return typeof element?.closest === 'function' && element.closest(controlSelector) !== null;
}
