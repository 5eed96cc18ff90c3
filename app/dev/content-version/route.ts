import { contentVersion } from '@/lib/content/version';
import { contentDir } from '@/lib/content/paths';
import { guideRoot } from '@/lib/content/guide';

// The static export needs every route to be static; there it is a constant nobody asks for.
// `next dev` runs this handler on each request, which is what the live preview polls.
export const dynamic = 'force-static';

export function GET() {
  const version = process.env.NODE_ENV === 'development' ? contentVersion([contentDir(), guideRoot()]) : 'static';
  return Response.json({ version });
}
