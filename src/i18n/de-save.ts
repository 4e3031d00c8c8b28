/** German for en-save.ts (unreadable or newer saves, no storage). */
import type { enSave } from './en-save';

export const deSave: Record<keyof typeof enSave, string> = {
  'save.problem.unreadable':
    'Dein Spielstand ließ sich nicht lesen, deshalb hat ein neues Spiel begonnen; der beschädigte Spielstand bleibt auf diesem Gerät.',
  'save.problem.newer':
    'Dein Spielstand stammt aus einer neueren Version von Open Skies; diese Version hat behalten, was sie versteht, und das Original bleibt auf diesem Gerät.',
  'save.problem.repaired':
    'Ein Teil deines Spielstands ließ sich nicht lesen und wurde zurückgesetzt; der Rest blieb erhalten, ebenso das Original.',
  'save.download': 'Beschädigten Spielstand herunterladen',
  'save.startFresh': 'Neu beginnen',
  'save.keep': 'Weiter',
  'save.noStorage':
    'Dieser Browser lässt das Spiel gerade nicht speichern, daher geht der Fortschritt vielleicht verloren; das Spiel versucht es weiter.',
  'save.dismiss': 'Ausblenden',
  'save.newerFinding': 'Ein Befund aus einer neueren Version ({code})',
  'say.save-newer':
    'Die gespeicherte Mission „{title}“ stammt aus einer neueren Version von Open Skies, deshalb wurde sie geschlossen.',
};
