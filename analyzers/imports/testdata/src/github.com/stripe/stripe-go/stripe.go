package stripe // want package:"imports }"

// Key is the API key.
var Key string
