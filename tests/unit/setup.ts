import '../support/all-texts'

// Lets React's act() flush updates in component tests without warnings.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

// A server under test uses PostgreSQL only when its test asks for it (tests/unit/server/harness.ts), never because
// the developer's shell happens to have DATABASE_URL set.
delete process.env.DATABASE_URL
