import { contentVersion } from '@/lib/content/version';
import { contentDir } from '@/lib/content/paths';
import { guideRoot } from '@/lib/content/guide';

// A route only under `next dev` (the `.dev.ts` extension, next.config.mjs): the live preview
// (DevContentRefresh) polls it for a version of content/ and the authoring guide.
// `output: 'export'` asks every route to be static; `next dev` still runs it on each request.
export const dynamic = 'force-static';

export function GET() {
  return Response.json({ version: contentVersion([contentDir(), guideRoot()]) });
}
