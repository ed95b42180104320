package a

import _ "example.com/m/payments/ledger"
