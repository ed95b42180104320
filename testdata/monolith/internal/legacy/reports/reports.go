// Package reports renders the monthly sales report. No component claims it
// yet (violation (unassigned): the spec's unassigned policy is warn).
package reports

import (
	"context"
	"fmt"
	"io"

	"example.com/monolith/internal/payments/api"
	"example.com/monolith/internal/platform/util"
)

// Monthly writes what each order has been charged.
func Monthly(ctx context.Context, w io.Writer, payments *api.Service, orderIDs []int64) error {
	for _, id := range orderIDs {
		paid, err := payments.Paid(ctx, id)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "order %d\t%s\n", id, util.Money(paid, "eur"))
	}
	return nil
}
