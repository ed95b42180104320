package rates // want package:"imports }"

// Rate is billing's private rate table.
func Rate() int { return 1 }
