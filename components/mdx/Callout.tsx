import type { ReactNode } from 'react';
import './callout.css';

const titles = { note: 'Note', pitfall: 'Pitfall', 'deep-dive': 'Deep dive' } as const;
export type CalloutKind = keyof typeof titles;

export function Callout({ kind = 'note', title, children }: { kind?: CalloutKind; title?: string; children: ReactNode }) {
  if (!(kind in titles)) throw new Error(`<Callout kind="${kind}">: kind must be one of ${Object.keys(titles).join(', ')}`);
  const Wrapper = kind === 'deep-dive' ? 'details' : 'aside';
  return (
    <Wrapper className={`callout callout-${kind}`}>
      {kind === 'deep-dive' ? <summary>{title ?? titles[kind]}</summary> : <p className="callout-title">{title ?? titles[kind]}</p>}
      {children}
    </Wrapper>
  );
}
