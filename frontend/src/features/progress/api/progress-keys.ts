/** Query keys of the progress feature: the signed-in learner's progress. */
export const progressKeys = {
  all: ['progress'] as const,
  mine: () => [...progressKeys.all, 'mine'] as const,
};
