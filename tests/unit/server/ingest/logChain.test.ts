// The log chain of PROTOCOL §9 against a vector computed here by hand with node:crypto.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LogChain } from '../../../../server/ingest/logChain';

const sha = (...parts: (Buffer | string)[]): Buffer => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};

describe('LogChain', () => {
  const id = 'sess-ê-1';
  const line1 = '{"seq":1,"t":0,"type":"ppe","data":{"mask":"mặt nạ"}}';
  const line2 = '{"seq":2,"t":16,"type":"torch","data":{"x":1}}';
  const h0 = sha(Buffer.from(id, 'utf8'));
  const h2 = sha(sha(h0, Buffer.from(line1, 'utf8')), Buffer.from(line2, 'utf8'));

  it('starts at SHA-256 of the session id', () => {
    expect(new LogChain(id).hex).toBe(h0.toString('hex'));
  });

  it('chains lines one by one or as NDJSON runs alike', () => {
    const byLine = new LogChain(id);
    byLine.addLine(line1);
    byLine.addLine(line2);
    const byRuns = new LogChain(id);
    byRuns.addRun(`${line1}\n`);
    byRuns.addRun(`${line2}\n`);
    const oneRun = new LogChain(id);
    oneRun.addRun(`${line1}\n${line2}\n`);
    expect([byLine.hex, byRuns.hex, oneRun.hex]).toEqual([h2.toString('hex'), h2.toString('hex'), h2.toString('hex')]);
  });

  it('changes with any byte of any line', () => {
    const altered = new LogChain(id);
    altered.addRun(`${line1.replace('0', '1')}\n${line2}\n`);
    expect(altered.hex).not.toBe(h2.toString('hex'));
  });
});
