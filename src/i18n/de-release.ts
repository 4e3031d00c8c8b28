/** German for en-release.ts (the "updated" note after a new build). */
import type { enRelease } from './en-release';

export const deRelease: Record<keyof typeof enRelease, string> = {
  'release.updated': 'Open Skies wurde auf Version {version} aktualisiert. Dein Fortschritt bleibt erhalten.',
  'release.updatedDismiss': 'Ausblenden',
  'release.updateReady':
    'Eine neue Version von Open Skies ist bereit: Sie wird geladen, wenn du das Spiel das nächste Mal öffnest.',
};
