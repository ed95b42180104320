package refunds
