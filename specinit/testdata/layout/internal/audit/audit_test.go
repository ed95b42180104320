package audit_test

// The test imports ledger, which imports audit: a component cycle.
import _ "example.com/gen/internal/ledger"
