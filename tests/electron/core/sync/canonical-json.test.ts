// Canonical JSON: sorted keys, no whitespace, stable bytes for signing; refuses values JSON cannot carry exactly.
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../electron/core/sync/canonical-json.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [{ z: null, y: 'ä' }, true], c: { e: -2.5, d: '"q"\n' } })).toBe(
      '{"a":[{"y":"ä","z":null},true],"b":1,"c":{"d":"\\"q\\"\\n","e":-2.5}}',
    );
  });

  it('is independent of insertion order and re-encodes its own output identically', () => {
    const a = canonicalJson({ x: 1, y: { q: [1, 2], p: 'v' } });
    const b = canonicalJson({ y: { p: 'v', q: [1, 2] }, x: 1 });
    expect(a).toBe(b);
    expect(canonicalJson(JSON.parse(a))).toBe(a);
  });

  it('orders keys by UTF-16 code units, not by locale', () => {
    expect(canonicalJson({ b: 0, B: 0, é: 0, a: 0, _: 0 })).toBe('{"B":0,"_":0,"a":0,"b":0,"é":0}');
  });

  it('leaves out undefined properties, refuses undefined in arrays, non-finite numbers, bigints, functions', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(() => canonicalJson([undefined])).toThrow(TypeError);
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ n: Infinity })).toThrow(TypeError);
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(TypeError);
  });
});
