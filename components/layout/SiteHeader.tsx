import Link from 'next/link';
import { ThemeToggle } from './ThemeToggle';
import { SearchBox } from './SearchBox';
import './site-header.css';

export function SiteHeader({ title }: { title: string }) {
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        {title}
      </Link>
      <nav aria-label="Site" className="site-nav">
        <Link href="/progress">Progress</Link>
        <Link prefetch={false} href="/authoring">
          Authoring
        </Link>
        <SearchBox />
        <ThemeToggle />
      </nav>
    </header>
  );
}
