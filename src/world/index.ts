/** World data: parties, airfields, aircraft and the world geometry (browser-safe). */
export type * from './types';
export { SENSOR_KINDS } from './types';
export { PARTIES, PARTY_BY_ISO3, ENTRY_INTO_FORCE_YEAR, partiesInYear, partiesOn } from './parties';
export { AIRFIELDS, AIRFIELD_BY_ID, maxDistanceInYearKm } from './airfields';
export { AIRCRAFT, AIRCRAFT_BY_ID } from './aircraft';
export { isObservableParty, observableParties } from './observable';
export { ISO_NUMERIC_TO_ALPHA3, UNCODED_FEATURES, TREATY_TERRITORY_OF, atlasAlpha3 } from './iso';
export { buildWorldGeo, buildStates, withYear, bboxOf, kaliningradPolygons } from './build';
export type { AtlasTopology, AtlasProperties } from './build';
