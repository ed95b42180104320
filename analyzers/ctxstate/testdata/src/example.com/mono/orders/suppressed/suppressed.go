package suppressed

import (
	"context"

	"example.com/mono/payments/api"
)

func Read(ctx context.Context) {
	//boundarylint:ignore reads the account until PAY-12 passes it explicitly
	_, _ = api.AccountFrom(ctx)
	api.DefaultRetries = 2 //boundarylint:ignore tuning knob until PAY-13
	_ = api.Currencies     //boundarylint:ignore nothing to silence here // want `//boundarylint:ignore silences nothing on line 13; remove it`
}
