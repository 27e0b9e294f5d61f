import { describe, expect, it } from 'vitest';
import { isBrokenGuid, isDigits, isGuid } from '../../src/metadata/ids.js';

describe('metadata ids', () => {
  it('recognises GUIDs and digits', () => {
    expect(isGuid('6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f')).toBe(true);
    expect(isGuid('6F1C2D3E-4B5A-4C6D-8E7F-9A0B1C2D3E4F')).toBe(true);
    expect(isGuid('{6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f}')).toBe(false);
    expect(isDigits('32411835')).toBe(true);
    expect(isDigits('3241 1835')).toBe(false);
    expect(isDigits('')).toBe(false);
  });

  it('tells a broken GUID from a readable id', () => {
    expect(isBrokenGuid('6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4g')).toBe(true);
    expect(isBrokenGuid('6f1c2d3e-4b5a-4c6d-8e7f')).toBe(true);
    expect(isBrokenGuid('6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f0')).toBe(true);
    expect(isBrokenGuid('6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f')).toBe(false);
    expect(isBrokenGuid('vm-start-failure-after-resize')).toBe(false);
    expect(isBrokenGuid('6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f_Public')).toBe(false);
    expect(isBrokenGuid('6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f-new-st')).toBe(false);
    expect(isBrokenGuid('add-bad-face')).toBe(false);
  });

  it('stays fast on long dash runs', () => {
    const long = `${'a-'.repeat(50_000)}z`;
    const started = performance.now();
    expect(isBrokenGuid(long)).toBe(false);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
