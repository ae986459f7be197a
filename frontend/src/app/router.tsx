import { RouterProvider, createBrowserRouter, type RouteObject } from 'react-router';
import { AccountRoute } from './routes/account';
import { AppLayout } from './routes/app-layout';
import { ExerciseRoute } from './routes/exercise';
import { InstructorRoute } from './routes/instructor';
import { InstructorClassRoute } from './routes/instructor-class';
import { InstructorClassesRoute } from './routes/instructor-classes';
import { InstructorSubmissionRoute } from './routes/instructor-submission';
import { JoinRoute } from './routes/join';
import { MyClassesRoute } from './routes/my-classes';
import { NotFoundRoute } from './routes/not-found';
import { ProgressRoute } from './routes/progress';
import { RegisterRoute } from './routes/register';
import { RoadmapRoute } from './routes/roadmap';
import { SignInRoute } from './routes/sign-in';
import { TopicRoute } from './routes/topic';
import {
  InstructorAssignmentEditRoute,
  InstructorAssignmentNewRoute,
  InstructorAssignmentsRoute,
} from './routes/instructor-assignments';
import { InstructorGradebookRoute } from './routes/instructor-gradebook';
import {
  InstructorContentRoute,
  InstructorExerciseEditRoute,
  InstructorExerciseNewRoute,
  InstructorTopicEditRoute,
  InstructorTopicNewRoute,
} from './routes/instructor-content';

export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInRoute /> },
  { path: '/register', element: <RegisterRoute /> },
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <RoadmapRoute /> },
      { path: 'topics/:slug', element: <TopicRoute /> },
      { path: 'exercises/:slug', element: <ExerciseRoute /> },
      { path: 'progress', element: <ProgressRoute /> },
      { path: 'instructor/classes/:id/assignments', element: <InstructorAssignmentsRoute /> },
      { path: 'instructor/classes/:id/assignments/new', element: <InstructorAssignmentNewRoute /> },
      { path: 'instructor/classes/:id/assignments/:aid', element: <InstructorAssignmentEditRoute /> },
      { path: 'instructor/classes/:id/gradebook', element: <InstructorGradebookRoute /> },
      { path: 'instructor', element: <InstructorRoute /> },
      { path: 'instructor/content', element: <InstructorContentRoute /> },
      { path: 'instructor/content/topics/new', element: <InstructorTopicNewRoute /> },
      { path: 'instructor/content/topics/:slug', element: <InstructorTopicEditRoute /> },
      { path: 'instructor/content/exercises/new', element: <InstructorExerciseNewRoute /> },
      { path: 'instructor/content/exercises/:slug', element: <InstructorExerciseEditRoute /> },
      { path: 'my-classes', element: <MyClassesRoute /> },
      { path: 'account', element: <AccountRoute /> },
      { path: 'join/:code', element: <JoinRoute /> },
      { path: 'instructor/submissions/:id', element: <InstructorSubmissionRoute /> },
      { path: 'instructor/classes', element: <InstructorClassesRoute /> },
      { path: 'instructor/classes/:id', element: <InstructorClassRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

const router = createBrowserRouter(routes);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
