package api

// FeeRates are the card fees in basis points per currency, as the acquirer
// last quoted them.
var FeeRates = map[string]int64{"EUR": 140, "USD": 290}

// RefreshFees replaces the quoted fees; payments' scheduler calls it hourly.
func RefreshFees(quoted map[string]int64) {
	for currency, bp := range quoted {
		FeeRates[currency] = bp
	}
}

// FeeTable returns the quoted fees: payments' own map, not a copy.
func FeeTable() map[string]int64 { return FeeRates }
