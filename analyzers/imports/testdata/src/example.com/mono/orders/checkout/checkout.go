package checkout // want package:"imports example.com/mono/billingx/report example.com/mono/inventory/stock"

import (
	"fmt"

	"example.com/mono/billingx/report" // billingx belongs to reports, which orders may use
	"example.com/mono/inventory/stock" // want `orders/checkout imports inventory/stock, which belongs to component inventory that orders may not depend on \(boundaries.yaml:13\); remove the import or add inventory to depends_on of orders`
	"example.com/mono/payments/admin"  // want `orders/checkout imports payments/admin, which belongs to component backoffice that orders may not depend on`
	"example.com/mono/payments/api"    // allowed, though on the cycle with payments: the cycle is reported at the import to break, in payments/webhook
	"example.com/mono/payments/ledger" // want `orders/checkout imports payments/ledger, which is private to component payments \(boundaries.yaml:6\); it uses Balance, Post; payments/api exports Post, but no api package exports Balance`
	"github.com/acme/log"
	stripe "github.com/stripe/stripe-go" // want `orders/checkout imports github.com/stripe/stripe-go, which is reserved to component payments \(boundaries.yaml:48\); go through the API of payments instead`
)

// Checkout places an order.
func Checkout(sku string) {
	report.Daily()
	stock.Reserve(sku)
	admin.Refund(1)
	fmt.Println(api.Charge(1), ledger.Post(1)+ledger.Balance(), stripe.Key)
	log.Print(sku)
}
