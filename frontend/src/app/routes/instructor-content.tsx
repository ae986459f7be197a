/**
 * The authoring pages of the instructor area: the curriculum as its authors see it, and a
 * form for each topic and exercise (read-only for rows the curriculum files own).
 */
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorState, Loading } from '../../components/ui/status';
import {
  useAuthoredExercise,
  useAuthoredTopic,
  useAuthoringTopics,
  useSaveExercise,
  useSaveTopic,
} from '../../features/authoring/api/authoring';
import { AuthoringHome } from '../../features/authoring/components/authoring-home';
import { CopyExerciseSlot } from '../../features/authoring/components/copy-exercise-slot';
import { ExerciseCheckPanel, RunCheckButton } from '../../features/authoring/components/exercise-check-panel';
import { ExerciseForm } from '../../features/authoring/components/exercise-form';
import { FileOwnedNotice } from '../../features/authoring/components/file-owned';
import { TopicForm } from '../../features/authoring/components/topic-form';
import { draftFrom, emptyDraft } from '../../features/authoring/utils/exercise-draft';
import { authoringPaths } from '../../features/authoring/utils/paths';
import { exerciseKeys } from '../../features/exercises/api/exercise-keys';
import { topicKeys } from '../../features/topics/api/topic-keys';
import { useDocumentTitle } from '../../lib/use-document-title';
import { InstructorNav } from './instructor-nav';
import { RequireInstructor } from './require-instructor';

function ContentPage({ title, children }: { title: string; children: React.ReactNode }) {
  useDocumentTitle(title);
  return (
    <RequireInstructor>
      <div className="page">
        <h1>{title}</h1>
        <InstructorNav />
        {children}
      </div>
    </RequireInstructor>
  );
}

function BackToContent() {
  return (
    <p>
      <Link to={authoringPaths.home}>← All content</Link>
    </p>
  );
}

/** After a save, the learners' views of topics and exercises are read again. */
function useRefreshCurriculum() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: topicKeys.all });
    void queryClient.invalidateQueries({ queryKey: exerciseKeys.all });
  };
}

export function InstructorContentRoute() {
  return (
    <ContentPage title="Content">
      <AuthoringHome />
    </ContentPage>
  );
}

function TopicEditor({ slug }: { slug: string | undefined }) {
  const topics = useAuthoringTopics();
  const topic = useAuthoredTopic(slug);
  const save = useSaveTopic(slug);
  const navigate = useNavigate();
  const refresh = useRefreshCurriculum();
  if (topics.isPending || (slug !== undefined && topic.isPending)) return <Loading />;
  if (topics.isError) return <ErrorState error={topics.error} />;
  if (slug !== undefined && topic.isError) return <ErrorState error={topic.error} />;
  const current = slug === undefined ? undefined : topic.data;
  const fileOwned = current?.origin === 'files';
  return (
    <>
      <BackToContent />
      {fileOwned && <FileOwnedNotice what="topic" />}
      <TopicForm
        key={current?.updated_at ?? 'new'}
        initial={current}
        topics={topics.data}
        creating={slug === undefined}
        readOnly={fileOwned}
        pending={save.isPending}
        error={save.error}
        onSubmit={(body) =>
          save.mutate(body, {
            onSuccess: () => {
              refresh();
              void navigate(authoringPaths.home);
            },
          })
        }
      />
    </>
  );
}

export function InstructorTopicNewRoute() {
  return (
    <ContentPage title="New topic">
      <TopicEditor slug={undefined} />
    </ContentPage>
  );
}

export function InstructorTopicEditRoute() {
  const { slug = '' } = useParams();
  return (
    <ContentPage title="Topic">
      <TopicEditor key={slug} slug={slug} />
    </ContentPage>
  );
}

function ExerciseEditor({ slug, topic }: { slug: string | undefined; topic: string }) {
  const topics = useAuthoringTopics();
  const exercise = useAuthoredExercise(slug);
  const save = useSaveExercise(slug);
  const navigate = useNavigate();
  const refresh = useRefreshCurriculum();
  if (topics.isPending || (slug !== undefined && exercise.isPending)) return <Loading />;
  if (topics.isError) return <ErrorState error={topics.error} />;
  if (slug !== undefined && exercise.isError) return <ErrorState error={exercise.error} />;
  const current = slug === undefined ? undefined : exercise.data;
  const fileOwned = current?.origin === 'files';
  const readOnly = fileOwned || current?.can_edit === false;
  return (
    <>
      <BackToContent />
      {current && fileOwned && <FileOwnedNotice what="exercise" actions={<CopyExerciseSlot slug={current.slug} />} />}
      {current && !fileOwned && readOnly && (
        <div className="notice" role="note" aria-label="Read-only">
          <p>Another author owns this exercise, so it is read-only here.</p>
          <CopyExerciseSlot slug={current.slug} />
        </div>
      )}
      <ExerciseForm
        key={current?.updated_at ?? 'new'}
        initial={current ? draftFrom(current) : emptyDraft(topic)}
        topics={topics.data}
        creating={slug === undefined}
        readOnly={readOnly}
        pending={save.isPending}
        error={save.error}
        publishAction={current && !readOnly ? <RunCheckButton slug={current.slug} label="Run Check now" /> : undefined}
        onSubmit={(body) =>
          save.mutate(body, {
            onSuccess: () => {
              refresh();
              void navigate(authoringPaths.home);
            },
          })
        }
      />
      {current && !readOnly && <ExerciseCheckPanel slug={current.slug} />}
    </>
  );
}

export function InstructorExerciseNewRoute() {
  const [params] = useSearchParams();
  return (
    <ContentPage title="New exercise">
      <ExerciseEditor slug={undefined} topic={params.get('topic') ?? ''} />
    </ContentPage>
  );
}

export function InstructorExerciseEditRoute() {
  const { slug = '' } = useParams();
  return (
    <ContentPage title="Exercise">
      <ExerciseEditor key={slug} slug={slug} topic="" />
    </ContentPage>
  );
}
