import { QueryClient, partialMatchKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { exerciseKeys } from './exercise-keys';

// Slugs that spell a segment of some key: with keys like ['exercises', slug] next to
// ['exercises', 'all'], the exercise slugged `all` was the list of every exercise.
const trickySlugs = ['all', 'list', 'detail', 'exercises'];

describe('exercise query keys', () => {
  it.each(trickySlugs)('keep the exercise slugged %j apart from the list', (slug) => {
    const detail = exerciseKeys.detail(slug);
    const list = exerciseKeys.list();
    expect(detail).not.toEqual(list);
    // Invalidation matches by prefix: neither key may start with the other.
    expect(partialMatchKey(detail, list)).toBe(false);
    expect(partialMatchKey(list, detail)).toBe(false);
  });

  it('invalidate one exercise without touching the list, and the list without the exercise', async () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(exerciseKeys.list(), [{ slug: 'all' }]);
    queryClient.setQueryData(exerciseKeys.detail('all'), { slug: 'all' });

    await queryClient.invalidateQueries({ queryKey: exerciseKeys.detail('all') });
    expect(queryClient.getQueryState(exerciseKeys.detail('all'))?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(exerciseKeys.list())?.isInvalidated).toBe(false);

    queryClient.setQueryData(exerciseKeys.detail('all'), { slug: 'all' }); // fresh again
    await queryClient.invalidateQueries({ queryKey: exerciseKeys.list() });
    expect(queryClient.getQueryState(exerciseKeys.detail('all'))?.isInvalidated).toBe(false);
  });
});
