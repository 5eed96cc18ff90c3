import { describe, expect, it } from 'vitest';
import { checkParam, decimalsOf, formatValue, initialValues, moveStep } from './side-by-side-model';

describe('checkParam', () => {
  it('accepts a well-formed param and keeps its values', () => {
    expect(checkParam({ name: 'mu', label: 'μ', min: -3, max: 3, step: 0.1, value: 1 })).toEqual({
      name: 'mu',
      label: 'μ',
      min: -3,
      max: 3,
      step: 0.1,
      value: 1,
    });
  });
  it('defaults value to min, label to name and step to a hundredth of the range', () => {
    expect(checkParam({ name: 'n', min: 0, max: 50 })).toMatchObject({ value: 0, label: 'n', step: 0.5 });
  });
  it('rejects min ≥ max with both values in the message', () => {
    expect(() => checkParam({ name: 'mu', min: 3, max: -3 })).toThrow('<Param name="mu">: min (3) must be less than max (-3)');
  });
  it('rejects a value outside the range', () => {
    expect(() => checkParam({ name: 'mu', min: 0, max: 1, value: 2 })).toThrow('value (2) must lie between min (0) and max (1)');
  });
  it('rejects numbers written as strings, saying how to write them', () => {
    expect(() => checkParam({ name: 'mu', min: '0', max: 1 })).toThrow('min must be a number written in braces, like min={1}; got "0"');
  });
  it('rejects a name figures could not read', () => {
    expect(() => checkParam({ name: 'my param', min: 0, max: 1 })).toThrow('got "my param"');
  });
  it('rejects a non-positive step', () => {
    expect(() => checkParam({ name: 'k', min: 0, max: 1, step: 0 })).toThrow('step must be > 0, got 0');
  });
});

describe('initialValues', () => {
  it('maps names to starting values', () => {
    const a = checkParam({ name: 'a', min: 0, max: 1, value: 0.5 });
    const b = checkParam({ name: 'b', min: 0, max: 9, value: 3 });
    expect(initialValues([a, b])).toEqual({ a: 0.5, b: 3 });
  });
  it('rejects a duplicate name', () => {
    const a = checkParam({ name: 'a', min: 0, max: 1 });
    expect(() => initialValues([a, a])).toThrow('two <Param name="a">');
  });
});

describe('moveStep', () => {
  it('starts at the first step on Next and the last on Previous', () => {
    expect(moveStep(null, 1, 3)).toBe(0);
    expect(moveStep(null, -1, 3)).toBe(2);
  });
  it('moves by one and stops at both ends', () => {
    expect(moveStep(0, 1, 3)).toBe(1);
    expect(moveStep(2, 1, 3)).toBe(2);
    expect(moveStep(0, -1, 3)).toBe(0);
  });
  it('has nothing to activate without steps', () => {
    expect(moveStep(null, 1, 0)).toBeNull();
  });
});

describe('decimalsOf and formatValue', () => {
  it('shows as many decimals as the step has', () => {
    expect([decimalsOf(1), decimalsOf(0.1), decimalsOf(0.25), decimalsOf(1e-7)]).toEqual([0, 1, 2, 7]);
  });
  it('writes negatives with a minus sign and never shows −0', () => {
    expect(formatValue(-1.234, 2)).toBe('−1.23');
    expect(formatValue(-0.0001, 2)).toBe('0.00');
    expect(formatValue(500, 0)).toBe('500');
  });
});
