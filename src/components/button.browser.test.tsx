import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';

import { Button } from './button';

describe('Button', () => {
  it('is type="button" by default, so it never submits the form it is in', async () => {
    const submit = vi.fn((event: SubmitEvent) => event.preventDefault());
    const screen = await render(
      <form onSubmit={(event) => submit(event.nativeEvent as SubmitEvent)}>
        <Button>稍后</Button>
        <Button type="submit">关闭</Button>
      </form>,
    );
    await expect.element(screen.getByRole('button', { name: '稍后' })).toHaveAttribute('type', 'button');
    await screen.getByRole('button', { name: '稍后' }).click();
    expect(submit).not.toHaveBeenCalled();
    await expect.element(screen.getByRole('button', { name: '关闭' })).toHaveAttribute('type', 'submit');
    await screen.getByRole('button', { name: '关闭' }).click();
    expect(submit).toHaveBeenCalledOnce();
  });

  it('an icon alone is named by its label, and the icon is hidden from assistive technology', async () => {
    const screen = await render(<Button variant="quiet" icon="close" label="关闭设置" />);
    const button = screen.getByRole('button', { name: '关闭设置' });
    await expect.element(button).toBeVisible();
    await expect.element(button).toHaveAttribute('title', '关闭设置');
    expect(button.element().querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    // A square touch target.
    const { width, height } = button.element().getBoundingClientRect();
    expect(width).toBe(height);
    expect(height).toBeGreaterThanOrEqual(44);
  });

  it('passes the ref and native props on', async () => {
    const ref = createRef<HTMLButtonElement>();
    const onClick = vi.fn();
    const screen = await render(
      <Button ref={ref} aria-pressed={true} disabled={false} data-testid="toggle" onClick={onClick}>
        只看未读
      </Button>,
    );
    const button = screen.getByRole('button', { name: '只看未读', pressed: true });
    await button.click();
    expect(onClick).toHaveBeenCalledOnce();
    expect(ref.current).toBe(button.element());
  });
});
