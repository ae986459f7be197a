import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Hints } from './hints';

describe('Hints', () => {
  it('reveals hints one at a time', async () => {
    const user = userEvent.setup();
    render(<Hints hints={['Think about edge cases.', 'Use a set.']} />);
    expect(screen.queryByText('Think about edge cases.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show hint 1 of 2' }));
    expect(screen.getByText('Think about edge cases.')).toBeInTheDocument();
    expect(screen.queryByText('Use a set.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show hint 2 of 2' }));
    expect(screen.getByText('Use a set.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('renders nothing for an exercise without hints', () => {
    const { container } = render(<Hints hints={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
