import { useQuery } from '@tanstack/react-query';
import { client } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { allPages } from '../../../lib/all-pages';
import { instructorKeys } from './instructor-keys';

/**
 * Every class the instructor teaches (every class, for an admin), for choosing one: the
 * scope of a regrade, the shortcuts to each class's assignments and gradebook.
 */
export function useClassChoices() {
  return useQuery({
    queryKey: instructorKeys.classChoices(),
    queryFn: () =>
      allPages((page, page_size) => unwrap(client.GET('/api/v1/classes/', { params: { query: { page, page_size } } }))),
  });
}
