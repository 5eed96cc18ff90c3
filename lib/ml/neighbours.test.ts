import { describe, expect, test } from 'vitest';
import { kthNeighbourRadii, nearestNeighbours, shareInsideBalls } from './neighbours';

describe('nearestNeighbours', () => {
  const data = [
    [0, 0],
    [1, 0],
    [0, 2],
    [5, 5],
  ];
  test('finds the k nearest data points, nearest first, with their distances', () => {
    const nn = nearestNeighbours(
      [
        [0.1, 0],
        [4, 4],
      ],
      data,
      2,
    );
    expect(nn.indices).toEqual([
      [0, 1],
      [3, 2],
    ]);
    expect(nn.distances[0][0]).toBeCloseTo(0.1, 12);
    expect(nn.distances[0][1]).toBeCloseTo(0.9, 12);
    expect(nn.distances[1][0]).toBeCloseTo(Math.SQRT2, 12);
    expect(nn.distances[1][1]).toBeCloseTo(Math.sqrt(20), 12);
  });
  test('a copied training point has distance 0 to itself', () => {
    const nn = nearestNeighbours([data[2]], data, 1);
    expect(nn.indices[0]).toEqual([2]);
    expect(nn.distances[0]).toEqual([0]);
  });
  test('flat arrays with dim, and errors that name the problem', () => {
    expect(nearestNeighbours([2.4], [0, 1, 3, 7], 3, 1).indices[0]).toEqual([2, 1, 0]);
    expect(() => nearestNeighbours([[0, 0]], data, 0)).toThrow('nearestNeighbours: k must be an integer ≥ 1, got 0');
    expect(() => nearestNeighbours([[0, 0]], data, 5)).toThrow(/asked for 5 neighbours among 4/);
    expect(() => nearestNeighbours([[0, 0, 0]], data, 1)).toThrow(/3 columns but data 2/);
  });
});

describe('kthNeighbourRadii', () => {
  test('distance to the k-th nearest other point of the same set', () => {
    expect(kthNeighbourRadii([0, 1, 3, 7], 1, 1)).toEqual([1, 1, 2, 4]);
    expect(kthNeighbourRadii([0, 1, 3, 7], 2, 1)).toEqual([3, 2, 3, 6]);
    expect(() => kthNeighbourRadii([0, 1], 2, 1)).toThrow(/need more than k = 2 points, got 2/);
  });
});

describe('shareInsideBalls', () => {
  test('counts a query once even when several balls hold it; the boundary counts as inside', () => {
    expect(shareInsideBalls([0.5, 2, 10, 1], [0, 1], [1, 1], 1)).toBe(3 / 4);
  });
});
