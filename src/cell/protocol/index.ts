export { describeLimit, describeStep, describeStopCondition, protocolToInput } from './describe.ts';
export {
  capacityStopHolds,
  capacityToAreal,
  cyclesDischarge,
  fullCellUses,
  isDischargeStep,
  rateToCurrentDensity,
  type CycleDischarge,
  type FullCellUse,
} from './fullcell.ts';
export { splitPath } from './path.ts';
export { MAX_INPUT_NODES, parseProtocol, parseStep, parseStopCondition } from './protocol.ts';
export { formatCapacityAmount, formatQuantity, formatRate, type ProtocolDimension } from './quantities.ts';
export {
  cycleCount,
  flattenCount,
  iterateSteps,
  protocolDuration,
  signedCurrentDensity,
  stepMaxDuration,
  type ScheduledStep,
} from './schedule.ts';
export * from './types.ts';
