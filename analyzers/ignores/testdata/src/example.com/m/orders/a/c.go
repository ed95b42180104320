package a

import _ "example.com/m/payments/ledger" // want `orders/a imports payments/ledger, which is private to component payments`
