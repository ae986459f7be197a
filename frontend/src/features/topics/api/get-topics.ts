import { useQuery } from '@tanstack/react-query';
import { client, type Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { topicKeys } from './topic-keys';

/** Every published topic in roadmap order (all pages: a roadmap is a few dozen topics). */
export function useTopics() {
  return useQuery({
    queryKey: topicKeys.list(),
    queryFn: async () => {
      const topics: Schemas['TopicSummary'][] = [];
      for (let page = 1; ; page += 1) {
        const data = await unwrap(client.GET('/api/v1/topics/', { params: { query: { page, page_size: 100 } } }));
        topics.push(...data.results);
        if (!data.next) break;
      }
      return topics.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
    },
  });
}

export function useTopic(slug: string) {
  return useQuery({
    queryKey: topicKeys.detail(slug),
    queryFn: () => unwrap(client.GET('/api/v1/topics/{slug}/', { params: { path: { slug } } })),
  });
}
