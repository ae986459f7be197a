/**
 * Where the "Copy into an exercise you own" button goes for an exercise the curriculum files
 * own. The API has no copy operation yet (`POST /api/v1/exercises/{slug}/copy/` is planned),
 * so for now the slot explains how to start from it by hand and makes no call.
 */
export function CopyExerciseSlot({ slug }: { slug: string }) {
  return (
    <p className="muted" data-copy-exercise={slug}>
      Copying it into an exercise you own will be offered here. Meanwhile, create a new exercise and start from this
      one&apos;s text.
    </p>
  );
}
