import type { Metadata, Viewport } from 'next';
import 'katex/dist/katex.min.css';
import './globals.css';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { themeBootScript } from '@/components/layout/theme';
import { getOutline } from '@/lib/content';
import { HydrationMark } from '@/components/layout/HydrationMark';
import { DevContentRefresh } from '@/components/layout/DevContentRefresh';
import { contentVersion } from '@/lib/content/version';
import { contentDir } from '@/lib/content/paths';
import { guideRoot } from '@/lib/content/guide';
import { StorageNotice } from '@/components/progress/StorageNotice';
import { OfflineSupport } from '@/components/layout/OfflineSupport';

export async function generateMetadata(): Promise<Metadata> {
  const { course } = await getOutline();
  return { title: { default: course.title, template: `%s · ${course.title}` }, description: course.pitch };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { course } = await getOutline();
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Sets the theme before first paint so a dark-mode reader never sees a white flash. */}
        <script dangerouslySetInnerHTML={{ __html: themeBootScript }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader title={course.title} />
        {children}
        <StorageNotice />
        <OfflineSupport title={course.title} />
        <HydrationMark />
        {process.env.NODE_ENV === 'development' && <DevContentRefresh version={contentVersion([contentDir(), guideRoot()])} />}
      </body>
    </html>
  );
}
