import type { MetadataRoute } from 'next';
import { getOutline } from '@/lib/content';

// Built once into the static export as /manifest.webmanifest; Next links it from every page.
export const dynamic = 'force-static';

/** The web app manifest: the course installs as an app and, with the service worker, opens offline. */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const { course } = await getOutline();
  const icons = [192, 512].map((size) => ({ src: `/icons/icon-${size}.png`, sizes: `${size}x${size}`, type: 'image/png' }));
  return {
    name: `${course.title}: generative adversarial networks`,
    short_name: course.title,
    description: course.pitch,
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#fdfcfa',
    theme_color: '#1f5fbf',
    // The icons keep their mark inside the central safe zone, so the same files serve both purposes.
    icons: [
      ...icons.map((icon) => ({ ...icon, purpose: 'any' as const })),
      ...icons.map((icon) => ({ ...icon, purpose: 'maskable' as const })),
    ],
  };
}
