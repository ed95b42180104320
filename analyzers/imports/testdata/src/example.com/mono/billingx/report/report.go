package report // want package:"imports }"

// Daily builds the daily report.
func Daily() {}
