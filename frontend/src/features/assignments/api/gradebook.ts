/** A class's gradebook: as JSON for the page, and as the CSV file the API builds. */
import { useMutation, useQuery } from '@tanstack/react-query';
import { client } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { assignmentKeys } from './assignment-keys';

export function useGradebook(classId: number) {
  return useQuery({
    queryKey: assignmentKeys.gradebook(classId),
    queryFn: () => unwrap(client.GET('/api/v1/classes/{id}/gradebook/', { params: { path: { id: classId } } })),
  });
}

/** The file name the server suggests in `Content-Disposition`, or `fallback`. */
export function attachmentName(header: string | null, fallback: string): string {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header ?? '');
  if (!match?.[1]) return fallback;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/** Hands a file to the browser's downloads, as a link to it clicked would. */
function saveFile(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: some browsers start the download only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Downloads `gradebook.csv`. It is fetched through the API client, like every other call, so
 * it carries the access token; a plain link could not.
 */
export function useExportGradebook(classId: number) {
  return useMutation({
    mutationFn: async () => {
      const call = client.GET('/api/v1/classes/{id}/gradebook.csv', {
        params: { path: { id: classId } },
        parseAs: 'blob',
      });
      const blob = await unwrap(call);
      const { response } = await call;
      saveFile(blob, attachmentName(response.headers.get('Content-Disposition'), `gradebook-${classId}.csv`));
    },
  });
}
