package ignored

import _ "example.com/gen/internal/ledger"
