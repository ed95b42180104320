package a // want package:"imports example.com/m/payments/ledger}"

// Package a imports payments' private ledger in three files; the baseline
// accepts two of them.

import _ "example.com/m/payments/ledger"
