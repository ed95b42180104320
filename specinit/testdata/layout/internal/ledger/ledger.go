package ledger

import _ "example.com/gen/internal/audit"
