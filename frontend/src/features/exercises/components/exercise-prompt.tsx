import { useRef } from 'react';
import type { Schemas } from '../../../api/client';
import { HtmlContent } from '../../../components/ui/html-content';
import { useCodeHighlighting } from '../../../lib/use-code-highlighting';
import type { Exercise } from '../utils/answer';

/** The prompt, and what the learner can see of the tests: examples, or the SQL database. */
export function ExercisePrompt({ exercise }: { exercise: Pick<Exercise, 'prompt_html' | 'spec'> }) {
  const { spec } = exercise;
  const ref = useRef<HTMLDivElement>(null);
  useCodeHighlighting(ref, spec);
  return (
    <div className="exercise-prompt" ref={ref}>
      <HtmlContent html={exercise.prompt_html} />
      {(spec.kind === 'code' || spec.kind === 'http') && spec.examples.length > 0 && (
        <Examples examples={spec.examples} />
      )}
      {spec.kind === 'sql' && <SqlDatabase spec={spec} />}
      {spec.kind === 'pytest' && <ModuleUnderTest spec={spec} />}
    </div>
  );
}

function Examples({ examples }: { examples: Schemas['Example'][] }) {
  return (
    <section aria-labelledby="examples-heading">
      <h2 id="examples-heading" className="section-title">
        Examples
      </h2>
      <dl className="examples">
        {examples.map((example) => (
          <div key={example.name} className="examples__item">
            <dt>{example.name}</dt>
            <dd>
              <pre>
                <code className="language-python">{example.input}</code>
              </pre>
              <span className="examples__arrow" aria-label="returns">
                →
              </span>
              <pre>
                <code>{example.expected}</code>
              </pre>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function SqlDatabase({ spec }: { spec: Schemas['SqlSpec'] }) {
  return (
    <section aria-labelledby="sql-db-heading">
      <h2 id="sql-db-heading" className="section-title">
        The database
      </h2>
      {spec.ordered && <p className="muted">Row order matters for this exercise.</p>}
      <details open>
        <summary>Schema</summary>
        <pre>
          <code className="language-sql">{spec.schema}</code>
        </pre>
      </details>
      {spec.seed && (
        <details>
          <summary>Sample rows</summary>
          <pre>
            <code className="language-sql">{spec.seed}</code>
          </pre>
        </details>
      )}
    </section>
  );
}

/** What a pytest exercise's tests import, and how many bugs they have to catch. */
function ModuleUnderTest({ spec }: { spec: Schemas['PytestSpec'] }) {
  return (
    <section aria-labelledby="module-heading">
      <h2 id="module-heading" className="section-title">
        Module under test
      </h2>
      <p>
        Your tests import <code>{spec.module}</code>. They run once against a correct implementation, where every test
        must pass, and once against each of {spec.bug_count} buggy implementations, each of which at least one test must
        catch.
      </p>
      {spec.project && <ProjectUnderTest project={spec.project} module={spec.module} />}
    </section>
  );
}

/** The fixed files of the Django project a pytest exercise's tests run in, read-only. */
function ProjectUnderTest({ project, module }: { project: Schemas['PytestProject']; module: string }) {
  const paths = Object.keys(project.files).sort();
  return (
    <>
      <p>
        The tests run inside a Django project (apps: {project.apps?.join(', ') || 'none'}) on a fresh in-memory
        database. Mark a test that uses the database with <code>@pytest.mark.django_db</code>. The project&apos;s other
        files are below; <code>{module}</code> is the part you cannot see.
      </p>
      {paths.map((path) => (
        <details key={path}>
          <summary>
            <code>{path}</code>
          </summary>
          <pre>
            <code className="language-python">{project.files[path]}</code>
          </pre>
        </details>
      ))}
    </>
  );
}
