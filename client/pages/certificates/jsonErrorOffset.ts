// Where a JSON text first breaks, as a character offset: browsers' JSON.parse messages do not
// always say ("Unexpected token 'x', … is not valid JSON"), and a person fixing a paste needs
// the line. A small recursive-descent scan of RFC 8259's grammar. Pure.

/** The offset of the first character that cannot continue valid JSON; undefined when the text is valid. */
export function jsonErrorOffset(text: string): number | undefined {
  let at = 0;
  const fail = (): never => {
    throw at;
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at += 1;
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text[at] !== char) fail();
      at += 1;
    }
  };
  const string = () => {
    at += 1; // the opening quote
    for (;;) {
      const char = text[at];
      if (char === undefined || char < ' ') fail();
      if (char === '"') return void (at += 1);
      if (char === '\\') {
        at += 1;
        const escape = text[at];
        if (escape === 'u') {
          for (let i = 1; i <= 4; i += 1) {
            if (!/[0-9a-fA-F]/.test(text[at + i] ?? '')) {
              at += i;
              fail();
            }
          }
          at += 5;
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) at += 1;
        else fail();
      } else at += 1;
    }
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at));
    if (!match || match[0] === '-' || match[0] === '') fail();
    at += match![0].length;
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{') return members('}', () => {
      space();
      if (text[at] !== '"') fail();
      string();
      space();
      if (text[at] !== ':') fail();
      at += 1;
      value();
    });
    if (char === '[') return members(']', value);
    if (char === '"') return string();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    number();
  };
  const members = (close: string, item: () => void) => {
    at += 1;
    space();
    if (text[at] === close) return void (at += 1);
    for (;;) {
      item();
      space();
      if (text[at] === ',') at += 1;
      else if (text[at] === close) return void (at += 1);
      else fail();
    }
  };
  try {
    value();
    space();
    return at < text.length ? at : undefined;
  } catch (offset) {
    // Nesting too deep for the stack: no place to name.
    return typeof offset === 'number' ? offset : undefined;
  }
}
