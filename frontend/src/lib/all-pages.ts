/** The API's page-numbered lists allow at most this many rows per page. */
export const MAX_PAGE_SIZE = 100;

/**
 * Every row of a page-numbered list, asking for one page after another until the API says
 * there is no next one. For lists that stay small (a class's roster, its assignments).
 */
export async function allPages<T>(
  fetchPage: (page: number, pageSize: number) => Promise<{ results: T[]; next?: string | null }>,
): Promise<T[]> {
  const all: T[] = [];
  for (let page = 1; ; page += 1) {
    const data = await fetchPage(page, MAX_PAGE_SIZE);
    all.push(...data.results);
    if (!data.next) return all;
  }
}
