import { partialMatchKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { assignmentKeys } from '../features/assignments/api/assignment-keys';
import { authKeys } from '../features/auth/api/auth-keys';
import { classKeys } from '../features/classes/api/class-keys';
import { exerciseKeys } from '../features/exercises/api/exercise-keys';
import { instructorKeys } from '../features/instructor/api/instructor-keys';
import { progressKeys } from '../features/progress/api/progress-keys';
import { submissionKeys } from '../features/submissions/api/submission-keys';
import { topicKeys } from '../features/topics/api/topic-keys';

/** Each feature's key factory; a feature that caches queries adds its own here. */
const roots = {
  assignments: assignmentKeys.all,
  auth: authKeys.all,
  classes: classKeys.all,
  exercises: exerciseKeys.all,
  instructor: instructorKeys.all,
  progress: progressKeys.all,
  submissions: submissionKeys.all,
  topics: topicKeys.all,
};

describe('query keys across features', () => {
  it('give every feature a root of its own, so one feature cannot invalidate or overwrite another’s data', () => {
    const entries = Object.entries(roots);
    for (const [name, root] of entries) {
      for (const [other, otherRoot] of entries) {
        if (name !== other) expect(partialMatchKey(otherRoot, root), `${other} under ${name}`).toBe(false);
      }
    }
  });

  it('keep each list apart from the detail of an id or slug that spells a key segment', () => {
    for (const slug of ['all', 'list', 'detail', 'mine', 'last']) {
      expect(partialMatchKey(topicKeys.detail(slug), topicKeys.list())).toBe(false);
      expect(partialMatchKey(submissionKeys.last(slug), submissionKeys.lists())).toBe(false);
    }
    expect(partialMatchKey(classKeys.detail(1), classKeys.lists())).toBe(false);
    expect(partialMatchKey(submissionKeys.detail(1), submissionKeys.lists())).toBe(false);
  });
});
