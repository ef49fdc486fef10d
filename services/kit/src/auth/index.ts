export { createAuthenticator, type Authenticator } from './authenticate.js';
export {
  DEFAULT_AUDIENCE,
  DEFAULT_ISSUER,
  DEVELOPMENT_AUTH_SECRET,
  loadAuthConfig,
  type AuthConfig,
  type AuthKey,
  type KeySet,
  type SecretKey,
} from './config.js';
export { unauthenticated, type UnauthenticatedReason } from './errors.js';
export { mintToken, type TokenRequest } from './mint.js';
export { ROLES, type Principal, type Role } from './principal.js';
export { requirePublisher } from './require.js';
export { createTokenVerifier, type TokenVerifier } from './verify.js';
