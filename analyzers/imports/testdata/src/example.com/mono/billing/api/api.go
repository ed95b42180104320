package api // want package:"imports }"

// Invoice issues an invoice.
func Invoice() {}
