package webhook // want package:"imports example.com/mono/orders/events}"

import "example.com/mono/orders/events" // want `payments/webhook imports orders/events, which belongs to component orders that payments may not depend on \(.*boundaries.yaml:7\); remove the import or add orders to depends_on of payments` `component cycle orders -> payments -> orders: orders/checkout imports payments/api, payments/webhook imports orders/events; remove the import here \(payments/webhook imports orders/events\), which depends_on does not allow`

// Notify tells orders that a payment settled.
func Notify() { events.Publish("paid") }
