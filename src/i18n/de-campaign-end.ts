/** German for en-campaign-end.ts (the trust story 2002–2020, the legend's fold button, "Fit route"). */
import type { enCampaignEnd, enCampaignEndLinks, enMapLegend, enSandboxFit } from './en-campaign-end';

export const deCampaignEndLinks: Record<keyof typeof enCampaignEndLinks, string> = {
  'end.open': 'Geschichte des Vertrauens',
  'end.openHint':
    'Die Kampagne ist abgeschlossen: Sieh dir an, wie sich das Vertrauen über die Missionen und die Jahre des echten Vertrags entwickelt hat.',
  'end.fromDebrief': 'Zur Geschichte des Vertrauens',
};

export const deCampaignEnd: Record<keyof typeof enCampaignEnd, string> = {
  'end.title': 'Die Geschichte des Vertrauens, 2002–2020',
  'end.kicker': 'Ende der Kampagne',
  'end.back': 'Zurück zur Kampagne',
  'end.print': 'Drucken',
  'end.lead': 'Du bist {flown} von {total} Missionen geflogen und hast {stars} von {max} Sternen erreicht.',
  'end.trend.rose':
    'Das Vertrauen zwischen den Vertragsparteien ist über deine Missionen von {start} auf {end} gestiegen.',
  'end.trend.fell':
    'Das Vertrauen zwischen den Vertragsparteien ist über deine Missionen von {start} auf {end} gesunken.',
  'end.trend.held': 'Das Vertrauen zwischen den Vertragsparteien endete, wo es begann: bei {end}.',
  'end.history':
    'Der echte Vertrag verlor seine beiden größten Vertragsparteien: Die USA traten 2020 aus, Russland 2021. Für die übrigen Vertragsparteien ist der Vertrag weiter in Kraft.',
  'end.chart.title': 'Vertrauen nach jeder Mission, zwischen den Meilensteinen des Vertrags',
  'end.chart.alt':
    'Diagramm: Vertrauen von {start} zu Beginn bis {end} nach der letzten Mission, über {n} Missionen und {m} Meilensteine des Vertrags. Die Tabelle darunter nennt jeden Wert.',
  'end.chart.axis': 'Vertrauen',
  'end.chart.start': 'Beginn',
  'end.chart.note':
    'Die Spalten folgen der Reihenfolge der Ereignisse, nicht einer gleichmäßigen Zeitachse. Gepunktete Linien sind Meilensteine des Vertrags (Buchstaben wie in der Liste).',
  'end.table.caption': 'Missionen und Meilensteine des Vertrags nach Datum',
  'end.col.date': 'Datum',
  'end.col.event': 'Ereignis',
  'end.col.change': 'Änderung',
  'end.col.trust': 'Vertrauen danach',
  'end.col.stars': 'Sterne',
  'end.row.mission': 'Mission {num}: {title}',
  'end.row.notFlown': 'nicht geflogen',
  'end.row.milestone': 'Meilenstein {letter}',
  'end.milestones': 'Meilensteine des Vertrags',
  'end.sources': 'Quellen',
  'end.m.in-force': 'Der Vertrag tritt am 1. Januar 2002 in Kraft; 34 Staaten sind Vertragsparteien.',
  'end.m.georgia-corridor':
    'Russland lehnt Flüge im Umkreis von 10 km um seine Grenze zu Abchasien und Südossetien ab, ein Korridor, der auf 2010 zurückgeht; ab 2012 lässt Georgien keine russischen Flüge mehr zu.',
  'end.m.kaliningrad-report':
    'Ein Bericht des US-Außenministeriums zur Vertragstreue vom Juni 2015 nennt den versperrten Zugang zu Teilen Kaliningrads. Seit wann die Beschränkungen galten, ist nicht bestätigt.',
  'end.m.kaliningrad-cap':
    'Das russische Außenministerium bestätigt eine Obergrenze von 500 km für Beobachtungsflüge über der Oblast Kaliningrad; die Gesamtstrecke von 5.500 km bleibt gleich.',
  'end.m.us-measures':
    'Als Antwort verkürzt das Pentagon etwa ab Januar 2018 die Höchststrecke über Hawaii und nennt seine Maßnahmen umkehrbar; Russland beklagt später Beschränkungen über Alaska und den Aleuten.',
  'end.m.no-flights':
    'Im Jahr 2018 gibt es überhaupt keine Quotenflüge: Der Jahresplan ist blockiert, weil sich Georgien und Russland nicht einigen können.',
  'end.m.kaliningrad-flight':
    'Am 19. Februar 2020 überfliegen Beobachter der Regierungen der USA, Estlands und Litauens Kaliningrad: Zum ersten Mal erfüllt Russland die US-Forderung zur 500-km-Grenze. Danach ruhen die Flüge wegen COVID.',
  'end.m.us-notice':
    'Die USA erklären am 22. Mai 2020 ihren Austritt und nennen russische Beschränkungen als Grund; elf europäische Regierungen bedauern die Entscheidung, teilen aber die Bedenken.',
  'end.m.us-exit':
    'Der Austritt der USA wird am 22. November 2020 wirksam. Russland verlangt von den übrigen Vertragsparteien feste Garantien, dass Flugdaten nicht weitergegeben werden.',
  'end.m.russia-exit':
    'Russland tritt am 18. Dezember 2021 aus. Für die übrigen Vertragsparteien bleibt der Vertrag in Kraft.',
  'end.close.title': 'Zwei Seiten des Streits',
  'end.close.us':
    'Die USA sagten, Russland habe den Vertrag gebrochen: Es habe die Flüge über Kaliningrad begrenzt, einen Korridor entlang der Grenze zu Südossetien und Abchasien gesperrt und über Moskau Mindestflughöhen festgelegt. Im Mai 2020 sagte Pompeo, die USA könnten „nicht in Rüstungskontrollabkommen bleiben, die von der anderen Seite verletzt werden“, und Moskau scheine die Bilder zu nutzen, um kritische Infrastruktur ins Visier zu nehmen.',
  'end.close.russia':
    'Russland sagte, die Obergrenze über Kaliningrad verhindere, dass lange Zickzackflüge den Flughafen Chrabrowo störten, und es werde Flüge nahe Abchasien und Südossetien wieder zulassen, sobald Georgien den Vertrag wieder umsetze. Nach dem Austritt der USA verlangte es von den übrigen Vertragsparteien „feste Garantien“, dass Flugdaten nicht an Staaten außerhalb des Vertrags gingen; ohne sie trat es ebenfalls aus und sagte, der Austritt der USA habe „das Gleichgewicht der Interessen erheblich gestört“.',
  'end.close.europe':
    'Elf europäische Regierungen bedauerten die Entscheidung der USA, teilten aber deren Bedenken und sagten, der Vertrag sei „weiterhin funktionsfähig und nützlich“. Schon 1993 hatte ein Bericht des US-Senats gesagt, der Vertrag werde den europäischen Staaten am meisten nützen, weil die USA eigene Satelliten hätten.',
  'end.close.shared':
    'Bis Anfang Oktober 2019 gab es 1.500 Beobachtungsflüge, und beide Seiten erhielten die Daten jedes einzelnen. Ob diese Offenheit ihre Streitigkeiten wert war, ist die Frage, die dir die Kampagne mitgibt.',
};

export const deMapLegend: Record<keyof typeof enMapLegend, string> = {
  'map.legend.button': 'Legende',
  'map.legend.label': 'Legende der Karte',
};

export const deSandboxFit: Record<keyof typeof enSandboxFit, string> = {
  'sb.fitRoute': 'Ganze Route zeigen',
};
