export * from './compute';
export * from './definitions';
export { explainSignal, formatSignalNumber, type SignalDirection, type SignalSeverity } from './explain';
export { SIGNAL_SETTINGS } from './settings';
export * from './stats';
export * from './overview';
