import type { ComponentProps } from 'react';

/** Code blocks scroll sideways on narrow screens; focusable, so keyboard users can scroll them too. */
export function Pre(props: ComponentProps<'pre'>) {
  return <pre tabIndex={0} {...props} />;
}
