// A pasted or uploaded credential is read before it is sent: JSON errors are placed by line
// and column, non-credentials and oversized text are named, a byte order mark is forgiven.
import { describe, expect, it } from 'vitest';
import { jsonErrorPlace, lineAndColumn, maxCredentialBytes, parseCredentialText } from '../../../../client/pages/certificates/credentialText';

const credential = {
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: 'did:key:z6Mk', type: ['Profile'], name: 'Trường Cao đẳng' },
};

describe('reading a pasted credential', () => {
  it('accepts a credential, pretty-printed or not, with a byte order mark or surrounding blanks', () => {
    for (const text of [JSON.stringify(credential), JSON.stringify(credential, null, 2), `\uFEFF${JSON.stringify(credential)}`, `\n  ${JSON.stringify(credential)}  \n`]) {
      expect(parseCredentialText(text)).toEqual({ ok: true, credential });
    }
  });

  it('asks for something when nothing was pasted', () => {
    expect(parseCredentialText('   \n')).toEqual({ ok: false, problem: 'empty' });
  });

  it('places a JSON error by line and column (a truncated copy ends early)', () => {
    const text = JSON.stringify(credential, null, 2);
    const truncated = text.slice(0, text.indexOf('"issuer"') + 12);
    const answer = parseCredentialText(truncated);
    expect(answer).toMatchObject({ ok: false, problem: 'notJson' });
    const lines = truncated.trim().split('\n');
    if (answer.ok || answer.problem !== 'notJson') throw new Error('expected notJson');
    expect(answer.line).toBe(lines.length);
    // A missing comma: V8 names the position.
    const broken = parseCredentialText('{\n  "type": ["VerifiableCredential"]\n  "id": 1\n}');
    expect(broken).toMatchObject({ ok: false, problem: 'notJson', line: 3, column: 3 });
    // A stray token: V8 quotes it without a position; the scan still places it.
    expect(parseCredentialText('{\n  "id": x\n}')).toEqual({ ok: false, problem: 'notJson', line: 2, column: 9 });
  });

  it('tells JSON that is not an object, and an object that is not a credential', () => {
    expect(parseCredentialText('[1, 2]')).toEqual({ ok: false, problem: 'notObject' });
    expect(parseCredentialText('"text"')).toEqual({ ok: false, problem: 'notObject' });
    expect(parseCredentialText('null')).toEqual({ ok: false, problem: 'notObject' });
    expect(parseCredentialText('{"name": "An"}')).toEqual({ ok: false, problem: 'notCredential' });
    expect(parseCredentialText(JSON.stringify({ ...credential, type: 'OpenBadgeCredential' }))).toEqual({ ok: false, problem: 'notCredential' });
    const { ['@context']: _context, ...noContext } = credential;
    expect(parseCredentialText(JSON.stringify(noContext))).toEqual({ ok: false, problem: 'notCredential' });
  });

  it('refuses more than the server accepts, counting bytes as the server does', () => {
    const padding = 'ệ'.repeat(Math.ceil(maxCredentialBytes / 3) + 1);
    expect(parseCredentialText(JSON.stringify({ ...credential, padding }))).toEqual({ ok: false, problem: 'tooLarge' });
  });
});

describe('where a JSON error is', () => {
  it('reads V8’s “position N” and “line L column C” forms and the early end', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(jsonErrorPlace('ab\ncd', 'Unexpected token x in JSON at position 4')).toEqual({ line: 2, column: 2 });
    expect(jsonErrorPlace('ab', "Expected ',' after property value in JSON at position 9 (line 3 column 7)")).toEqual({ line: 3, column: 7 });
    expect(jsonErrorPlace('{\n"a"', 'Unexpected end of JSON input')).toEqual({ line: 2, column: 4 });
    expect(jsonErrorPlace('x', 'something else')).toBeUndefined();
  });
});
