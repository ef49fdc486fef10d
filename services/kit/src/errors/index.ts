export { ErrorCode, maskedMessage } from './codes.js';
export { DatabaseTimeoutError, isDatabaseUnavailable } from './database-unavailable.js';
export {
  createErrorFormatter,
  exposeErrorDetails,
  maskError,
  type ErrorFormatterOptions,
  type MaskedError,
} from './format-error.js';
