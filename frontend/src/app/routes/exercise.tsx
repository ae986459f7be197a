import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { DifficultyBadge, KindBadge } from '../../components/ui/badges';
import { FocusOnChange } from '../../components/ui/focus-on-change';
import { LoadError } from '../../components/ui/load-error';
import { ErrorState, Loading } from '../../components/ui/status';
import { useDraft } from '../../features/exercises/api/drafts';
import { useExercise } from '../../features/exercises/api/get-exercises';
import { useDraftAutosave } from '../../features/exercises/api/use-draft-autosave';
import { AnswerInput } from '../../features/exercises/components/answer-input';
import { DraftControls } from '../../features/exercises/components/draft-controls';
import { ExercisePrompt } from '../../features/exercises/components/exercise-prompt';
import { Hints } from '../../features/exercises/components/hints';
import { NextStep } from '../../features/exercises/components/next-step';
import {
  SUBMIT_SHORTCUT,
  SubmitShortcutHint,
  submitOnModEnter,
} from '../../features/exercises/components/submit-shortcut';
import { isAnswerReady, starterAnswer, type Answer, type Exercise } from '../../features/exercises/utils/answer';
import { progressKeys } from '../../features/progress/api/progress-keys';
import { canRun, useCreateRun, useRun } from '../../features/submissions/api/runs';
import { submissionKeys } from '../../features/submissions/api/submission-keys';
import {
  isFinal,
  useCreateSubmission,
  useFetchSubmission,
  useLastAttempt,
  useSubmission,
} from '../../features/submissions/api/submissions';
import { AttemptHistory } from '../../features/submissions/components/attempt-history';
import { SubmissionResult } from '../../features/submissions/components/submission-result';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useLeaveGuard } from '../../lib/use-leave-guard';

/**
 * An exercise: its prompt, the answer input (restored from the learner's draft, else their last
 * attempt), the live result of the latest submission or run, hints, and the attempt history.
 */
export function ExerciseRoute() {
  const { slug = '' } = useParams();
  const exercise = useExercise(slug);
  const last = useLastAttempt(slug);
  const draft = useDraft(slug);
  useDocumentTitle(exercise.data?.title);

  if (exercise.isPending) return <Loading label="Loading the exercise…" />;
  if (exercise.isError)
    return (
      <LoadError
        error={exercise.error}
        onRetry={() => void exercise.refetch()}
        notFoundTitle="Exercise not found"
        notFoundMessage="No exercise has this address: it may have been renamed, or it is not published."
      />
    );
  // Wait for the last attempt so the editor opens on it, not on the starter and then jumps.
  // If it cannot be loaded, the learner starts from the starter: the history below says why.
  if (last.isPending || draft.isPending) return <Loading label="Loading your last attempt…" />;

  const { spec } = exercise.data;
  // Unsubmitted work wins over the last attempt, which wins over the starter.
  const drafted = draft.data?.answer.kind === spec.kind ? draft.data.answer : undefined;
  const restored = last.data?.answer;
  const initialAnswer = drafted ?? (restored?.kind === spec.kind ? restored : starterAnswer(spec));
  return (
    <ExerciseWorkspace
      key={slug}
      exercise={exercise.data}
      initialAnswer={initialAnswer}
      initialActiveId={last.data?.id}
      draftRestored={drafted !== undefined}
    />
  );
}

function ExerciseWorkspace({
  exercise,
  initialAnswer,
  initialActiveId,
  draftRestored,
}: {
  exercise: Exercise;
  initialAnswer: Answer;
  initialActiveId: number | undefined;
  draftRestored: boolean;
}) {
  const { spec } = exercise;
  const [answer, setAnswer] = useState<Answer>(initialAnswer);
  const [activeId, setActiveId] = useState(initialActiveId);
  const [loadError, setLoadError] = useState<unknown>(null);
  const active = useSubmission(activeId);
  const create = useCreateSubmission();
  const fetchSubmission = useFetchSubmission();
  const queryClient = useQueryClient();
  const submittedHere = useRef(new Set<number>());
  const [focusId, setFocusId] = useState<number>();
  const grading = active.data !== undefined && !isFinal(active.data);
  const finalId = active.data && isFinal(active.data) ? active.data.id : undefined;
  const autosave = useDraftAutosave(exercise.slug, answer, { restored: draftRestored });
  useLeaveGuard(autosave.state.unsaved, 'Your latest changes could not be saved. Leave anyway?', autosave.flush);
  const [runId, setRunId] = useState<number>();
  const startRun = useCreateRun(exercise.slug);
  const run = useRun(runId);
  const running = startRun.isPending || (run.data !== undefined && !isFinal(run.data));

  // A submission made here that just got its verdict moves the learner's progress.
  useEffect(() => {
    if (finalId !== undefined && submittedHere.current.has(finalId)) {
      submittedHere.current.delete(finalId);
      // Refetched now, though no progress is on screen, so the next page shows it fresh.
      void queryClient.invalidateQueries({ queryKey: progressKeys.all, refetchType: 'all' });
      void queryClient.invalidateQueries({ queryKey: submissionKeys.lists() });
    }
  }, [finalId, queryClient]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending || grading) return;
    setActiveId(undefined); // the previous verdict goes away while the new answer is graded
    create.mutate(
      { exercise: exercise.slug, answer },
      {
        onSuccess: (submission) => {
          submittedHere.current.add(submission.id);
          setActiveId(submission.id);
          void autosave.replace(answer); // the submission keeps this answer: no draft needed
          setFocusId(submission.id); // the Submit button is disabled now: the result takes the focus
        },
      },
    );
  }

  function tryRun() {
    setRunId(undefined);
    startRun.mutate(answer, { onSuccess: (created) => setRunId(created.id) });
  }

  async function loadAttempt(id: number) {
    setLoadError(null);
    try {
      const submission = await fetchSubmission(id);
      if (submission.answer.kind === spec.kind) setAnswer(submission.answer);
    } catch (error) {
      setLoadError(error);
    }
  }

  return (
    <div className="page exercise-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Roadmap</Link> <span aria-hidden="true">/</span>{' '}
        <Link to={`/topics/${exercise.topic}`}>{exercise.topic_title}</Link> <span aria-hidden="true">/</span>{' '}
        <span aria-current="page">{exercise.title}</span>
      </nav>
      <header className="exercise-header">
        <h1>{exercise.title}</h1>
        <div className="exercise-header__meta">
          <KindBadge kind={exercise.kind} />
          <DifficultyBadge difficulty={exercise.difficulty} />
          {exercise.points !== undefined && <span className="muted">{exercise.points} points</span>}
        </div>
      </header>
      <div className="exercise-layout">
        <div className="exercise-layout__prompt card">
          <ExercisePrompt exercise={exercise} />
          <Hints hints={exercise.hints} />
        </div>
        <div className="exercise-layout__work">
          <form
            className="card answer-form"
            onSubmit={submit}
            onKeyDown={submitOnModEnter}
            aria-label="Submit an answer"
          >
            <AnswerInput
              spec={spec}
              answer={answer}
              onChange={setAnswer}
              disabled={create.isPending}
              errorLine={finalId !== undefined ? active.data?.error_line : undefined}
            />
            {create.isError && <ErrorState error={create.error} title="Your answer was not accepted for grading" />}
            {startRun.isError && <ErrorState error={startRun.error} title="Your answer could not be run" />}
            <div className="answer-form__actions">
              <button
                type="submit"
                className="button"
                disabled={create.isPending || grading || !isAnswerReady(answer)}
                aria-describedby={grading ? 'grading-note' : undefined}
                aria-keyshortcuts={SUBMIT_SHORTCUT}
              >
                {create.isPending ? 'Submitting…' : grading ? 'Grading…' : 'Submit'}
              </button>
              {canRun(exercise.kind) && (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={tryRun}
                  disabled={running || !isAnswerReady(answer)}
                >
                  {running ? 'Running…' : 'Run'}
                </button>
              )}
              {!grading && <SubmitShortcutHint />}
              {grading && (
                <span id="grading-note" className="muted">
                  You can submit again when this one is graded.
                </span>
              )}
            </div>
            <DraftControls
              state={autosave.state}
              disabled={create.isPending}
              onReset={() =>
                void autosave.replace(starterAnswer(spec)).then((done) => done && setAnswer(starterAnswer(spec)))
              }
            />
          </form>
          {run.data && (
            <div className="card">
              <SubmissionResult submission={run.data} run />
            </div>
          )}
          {active.isError && <ErrorState error={active.error} title="Could not load the result" />}
          {active.data && (
            <FocusOnChange focusKey={focusId} className="card">
              <SubmissionResult submission={active.data} />
              {active.data.verdict === 'accepted' && <NextStep exercise={exercise} />}
            </FocusOnChange>
          )}
          <section className="card" aria-labelledby="history-heading">
            <h2 id="history-heading" className="section-title">
              Your attempts
            </h2>
            {loadError !== null && <ErrorState error={loadError} title="Could not load that attempt" />}
            <AttemptHistory
              exercise={exercise.slug}
              activeId={activeId}
              onShow={(s) => setActiveId(s.id)}
              onLoad={(s) => void loadAttempt(s.id)}
            />
          </section>
        </div>
      </div>
    </div>
  );
}
