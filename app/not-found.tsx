import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="main" className="not-found">
      <h1>Page not found</h1>
      <p>There is no lesson at this address. It may have been renamed.</p>
      <p>
        <Link href="/">Back to the course</Link>
      </p>
    </main>
  );
}
