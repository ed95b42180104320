package stock // want package:"imports }"

// Reserve reserves stock.
func Reserve(sku string) bool { return true }
