/**
 * Query keys of the assignments feature. Everything about one class (its assignments, its
 * learners, its gradebook) sits under `ofClass`, so a change to an assignment refreshes all of
 * it at once; the learner's own assignments sit under `mine`.
 */
export const assignmentKeys = {
  all: ['assignments'] as const,
  ofClass: (classId: number) => [...assignmentKeys.all, 'class', classId] as const,
  list: (classId: number) => [...assignmentKeys.ofClass(classId), 'list'] as const,
  detail: (classId: number, id: number) => [...assignmentKeys.ofClass(classId), 'detail', id] as const,
  classroom: (classId: number) => [...assignmentKeys.ofClass(classId), 'classroom'] as const,
  learners: (classId: number) => [...assignmentKeys.ofClass(classId), 'learners'] as const,
  gradebook: (classId: number) => [...assignmentKeys.ofClass(classId), 'gradebook'] as const,
  mine: () => [...assignmentKeys.all, 'mine'] as const,
};
