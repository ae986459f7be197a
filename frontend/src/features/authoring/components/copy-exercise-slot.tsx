/**
 * "Copy into an exercise you own", for an exercise the reader may not change (the curriculum
 * files or another instructor own it): the copy is unpublished and theirs, and opens for editing.
 */
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useCopyExercise } from '../api/authoring';
import { authoringPaths } from '../utils/paths';
import { fieldErrorsOf, FormErrors } from './form-errors';

export function CopyExerciseSlot({ slug }: { slug: string }) {
  const copy = useCopyExercise(slug);
  const navigate = useNavigate();
  const [newSlug, setNewSlug] = useState('');
  const id = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = newSlug.trim() ? { slug: newSlug.trim() } : {};
    copy.mutate(body, { onSuccess: (created) => void navigate(authoringPaths.exercise(created.slug)) });
  }

  return (
    <form className="copy-exercise" onSubmit={submit} aria-label="Copy this exercise" data-copy-exercise={slug}>
      <FormErrors error={copy.error} errors={fieldErrorsOf(copy.error, null)} title="The copy was refused" />
      <label htmlFor={id}>Slug of the copy (optional)</label>{' '}
      <input id={id} value={newSlug} placeholder={`${slug}-copy`} onChange={(e) => setNewSlug(e.target.value)} />{' '}
      <button type="submit" className="button" disabled={copy.isPending}>
        {copy.isPending ? 'Copying…' : 'Copy into an exercise you own'}
      </button>
    </form>
  );
}
