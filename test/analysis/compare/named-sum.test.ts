// A sum given to the cent and tied to the same named place or thing is one expense, whatever verb carries it in
// each source. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { alignSpecs, factSpec } from './sources.ts';

describe('a sum to the cent tied to one name', () => {
  it('is one expense told two ways, though the verbs around it differ', () => {
    const { disagreements } = alignSpecs(
      factSpec(
        'The charges included $2,140.50 at a ski lodge and $3,418.20 at the Lakeview Pines Spa Resort',
      ),
      factSpec('Ms. Kell spent council funds on a $3,518.20 weekend at the Lakeview Pines Spa Resort'),
    );
    expect(disagreements.map((d) => d.note)).toEqual(['Figures differ: S1 “$3,418.20”, S2 “$3,518.20”.']);
  });

  it('is two sums when the names differ', () => {
    expect(
      alignSpecs(
        factSpec('The charges included $3,418.20 at the Lakeview Pines Spa Resort'),
        factSpec('Ms. Kell spent council funds on a $3,518.20 dinner at the Harbor Grill House'),
      ).disagreements,
    ).toEqual([]);
  });
});
