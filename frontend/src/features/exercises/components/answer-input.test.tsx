import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Answer, ExerciseSpec } from '../utils/answer';
import { AnswerInput } from './answer-input';

function Harness({ spec, initial }: { spec: ExerciseSpec; initial: Answer }) {
  const [answer, setAnswer] = useState(initial);
  return (
    <>
      <AnswerInput spec={spec} answer={answer} onChange={setAnswer} />
      <output data-testid="answer">{JSON.stringify(answer)}</output>
    </>
  );
}

const options = [
  { id: 'a', text: 'GET' },
  { id: 'b', text: 'POST' },
  { id: 'c', text: 'PUT' },
];

describe('AnswerInput', () => {
  it('lets a single-answer question hold one choice', async () => {
    const user = userEvent.setup();
    render(<Harness spec={{ kind: 'choice', multiple: false, options }} initial={{ kind: 'choice', choices: [] }} />);
    expect(screen.getByRole('group', { name: 'Choose one answer' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'GET' }));
    await user.click(screen.getByRole('radio', { name: 'PUT' }));
    expect(screen.getByTestId('answer')).toHaveTextContent('{"kind":"choice","choices":["c"]}');
    expect(screen.getByRole('radio', { name: 'PUT' })).toBeChecked();
  });

  it('lets a multiple-answer question toggle several choices', async () => {
    const user = userEvent.setup();
    render(<Harness spec={{ kind: 'choice', multiple: true, options }} initial={{ kind: 'choice', choices: ['a'] }} />);
    await user.click(screen.getByRole('checkbox', { name: 'POST' }));
    await user.click(screen.getByRole('checkbox', { name: 'GET' }));
    expect(screen.getByTestId('answer')).toHaveTextContent('{"kind":"choice","choices":["b"]}');
  });

  it('gives a text exercise a labelled field with its placeholder', async () => {
    const user = userEvent.setup();
    render(<Harness spec={{ kind: 'text', placeholder: 'e.g. 404' }} initial={{ kind: 'text', text: '' }} />);
    const field = screen.getByLabelText('Your answer');
    expect(field).toHaveAttribute('placeholder', 'e.g. 404');
    await user.type(field, '405');
    expect(screen.getByTestId('answer')).toHaveTextContent('{"kind":"text","text":"405"}');
  });
});
