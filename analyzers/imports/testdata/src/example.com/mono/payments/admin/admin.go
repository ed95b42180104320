package admin // want package:"imports }"

// Refund is a back-office operation.
func Refund(id int) {}
